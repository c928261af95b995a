package demo

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/tonetrack/tonetrack/tone/extract"
)

//go:embed articles
var articles embed.FS

// Articles returns the demo articles in file-name order (which is also
// publication order), each parsed with extract.ParseArticle.
func Articles() ([]extract.Article, error) {
	names, err := fs.Glob(articles, "articles/*")
	if err != nil {
		return nil, fmt.Errorf("demo: list articles: %w", err)
	}
	sort.Strings(names)
	var out []extract.Article
	for _, n := range names {
		var ctype string
		switch path.Ext(n) {
		case ".json":
			ctype = "application/json"
		case ".html":
			ctype = "text/html"
		case ".txt":
			ctype = "text/plain"
		default:
			continue
		}
		data, err := articles.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("demo: %w", err)
		}
		a, err := extract.ParseArticle(data, ctype)
		if err != nil {
			return nil, fmt.Errorf("demo: %s: %w", strings.TrimPrefix(n, "articles/"), err)
		}
		out = append(out, a)
	}
	return out, nil
}
