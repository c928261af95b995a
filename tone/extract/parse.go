package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ErrEmpty is returned by ParseArticle for an article with no text.
var ErrEmpty = errors.New("article has no text")

// ParseArticle reads an article from data: JSON {"text","title","url",
// "published","source"}, HTML (the article body found by readability, with
// navigation, adverts and footers dropped), or plain text with the title on
// the first line. contentType may be empty; then the form is sniffed from the
// data ("{" starts JSON, an HTML tag starts HTML, anything else is text).
func ParseArticle(data []byte, contentType string) (Article, error) {
	form := sniff(data)
	if contentType != "" {
		mt, _, err := mime.ParseMediaType(contentType)
		if err != nil {
			return Article{}, fmt.Errorf("content type %q: %w", contentType, err)
		}
		switch {
		case mt == "application/json" || strings.HasSuffix(mt, "+json"):
			form = "json"
		case mt == "text/html" || mt == "application/xhtml+xml":
			form = "html"
		case mt == "text/plain" || mt == "text/markdown":
			form = "text"
		default:
			return Article{}, fmt.Errorf("content type %q: want application/json, text/html or text/plain", mt)
		}
	}
	switch form {
	case "json":
		return parseJSON(data)
	case "html":
		return parseHTML(data)
	}
	return parseText(data)
}

func sniff(data []byte) string {
	d := bytes.TrimLeft(data, " \t\r\n\uFEFF")
	d = bytes.TrimPrefix(d, []byte("\uFEFF"))
	if len(d) > 0 && d[0] == '{' {
		return "json"
	}
	if len(d) > 0 && d[0] == '<' {
		head := strings.ToLower(string(d[:min(len(d), 512)]))
		for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<p ", "<div", "<meta", "<title", "<!--"} {
			if strings.Contains(head, tag) {
				return "html"
			}
		}
	}
	return "text"
}

func parseText(data []byte) (Article, error) {
	if !utf8.Valid(data) {
		return Article{}, errors.New("plain-text article is not valid UTF-8")
	}
	s := strings.TrimPrefix(string(data), "\uFEFF")
	s = strings.TrimLeft(s, " \t\r\n")
	if strings.TrimSpace(s) == "" {
		return Article{}, ErrEmpty
	}
	title, rest, found := strings.Cut(s, "\n")
	if !found || strings.TrimSpace(rest) == "" {
		// one line: a statement-sized text with no title
		return Article{Text: strings.TrimSpace(s)}, nil
	}
	return Article{Title: strings.TrimSpace(title), Text: rest}, nil
}

type articleJSON struct {
	Text      *string `json:"text"`
	Title     string  `json:"title"`
	URL       string  `json:"url"`
	Published string  `json:"published"`
	Source    string  `json:"source"`
}

func parseJSON(data []byte) (Article, error) {
	var j articleJSON
	if err := json.Unmarshal(data, &j); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			// Offset counts the bytes read, the bad one included
			line, col := lineCol(data, int(se.Offset)-1)
			return Article{}, fmt.Errorf("article json: line %d, column %d: %w", line, col, err)
		}
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return Article{}, fmt.Errorf("article json: field %q: want %s, got %s", te.Field, te.Type, te.Value)
		}
		return Article{}, fmt.Errorf("article json: %w", err)
	}
	if j.Text == nil {
		return Article{}, errors.New(`article json: missing field "text"`)
	}
	if strings.TrimSpace(*j.Text) == "" {
		return Article{}, fmt.Errorf(`article json: field "text": %w`, ErrEmpty)
	}
	a := Article{Text: *j.Text, Title: strings.TrimSpace(j.Title), URL: j.URL, Source: j.Source}
	if j.Published != "" {
		t, err := ParseTime(j.Published)
		if err != nil {
			return Article{}, fmt.Errorf(`article json: field "published": %w`, err)
		}
		a.Published = t
	}
	return a, nil
}

// ParseTime reads a publication time: RFC 3339 (with or without fractional
// seconds or zone), "2006-01-02 15:04:05", or a bare date "2006-01-02" (UTC).
func ParseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05", "2006-01-02T15:04Z07:00", "2006-01-02", time.RFC1123Z, time.RFC1123} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("cannot read time %q (want RFC 3339, e.g. 2024-01-17T09:30:00Z, or 2024-01-17)", s)
}

func lineCol(data []byte, off int) (int, int) {
	off = max(0, min(off, len(data)))
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	col := off - bytes.LastIndexByte(data[:off], '\n')
	return line, col
}

func parseHTML(data []byte) (Article, error) {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return Article{}, fmt.Errorf("html article: %w", err)
	}
	keepEmbeds(doc)
	parser := readability.NewParser()
	ra, err := parser.ParseAndMutate(doc, nil)
	if err != nil {
		return Article{}, fmt.Errorf("html article: %w", err)
	}
	if ra.Node == nil {
		return Article{}, errors.New("html article: no article body found")
	}
	var b strings.Builder
	if err := ra.RenderText(&b); err != nil {
		return Article{}, fmt.Errorf("html article: render text: %w", err)
	}
	text := b.String()
	if strings.TrimSpace(text) == "" {
		return Article{}, fmt.Errorf("html article: %w", ErrEmpty)
	}
	a := Article{Title: strings.TrimSpace(ra.Title()), Text: text, Source: strings.TrimSpace(ra.SiteName())}
	if t, err := ra.PublishedTime(); err == nil {
		a.Published = t.UTC()
	}
	return a, nil
}

// keepEmbeds rewrites the embedded social posts of a page (a blockquote
// signed "— Name (@handle) date", as X, Instagram and Mastodon embeds and
// live blogs show them) as a plain block quote of paragraphs, the signature
// a paragraph of its own, so that readability keeps them (it drops "social"
// and "footer" blocks as boilerplate) and the quote is read as the signed
// post of that person.
func keepEmbeds(n *html.Node) {
	if n.Type == html.ElementNode && n.DataAtom == atom.Blockquote {
		if strings.Contains(nodeText(n), "(@") {
			flattenEmbed(n)
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		keepEmbeds(c)
	}
}

// flattenEmbed turns the children of an embed's blockquote into
// paragraphs: its paragraphs as they are, every other run of text (a
// footer, a cite, the bare "— Name (@handle) date" of an X embed) as one
// paragraph.
func flattenEmbed(bq *html.Node) {
	bq.Attr = nil
	var kids []*html.Node
	for c := bq.FirstChild; c != nil; c = c.NextSibling {
		kids = append(kids, c)
	}
	var loose strings.Builder
	flush := func(before *html.Node) {
		t := strings.TrimSpace(loose.String())
		loose.Reset()
		if t == "" {
			return
		}
		p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
		p.AppendChild(&html.Node{Type: html.TextNode, Data: t})
		bq.InsertBefore(p, before)
	}
	for _, c := range kids {
		if c.Type == html.ElementNode && c.DataAtom == atom.P {
			flush(c)
			c.Attr = nil
			continue
		}
		loose.WriteString(" ")
		loose.WriteString(nodeText(c))
		bq.RemoveChild(c)
	}
	flush(nil)
	quotePost(bq)
}

// quotePost puts quotation marks around the post's paragraphs (all but the
// signature, the last) when the page shows them without: a block quote is a
// quotation. Over several paragraphs each opens with a mark and the last
// closes, as print does.
func quotePost(bq *html.Node) {
	var ps []*html.Node
	for c := bq.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.P && strings.TrimSpace(nodeText(c)) != "" {
			ps = append(ps, c)
		}
	}
	if len(ps) < 2 {
		return
	}
	post := ps[:len(ps)-1]
	if first := strings.TrimSpace(nodeText(post[0])); strings.HasPrefix(first, "\"") || strings.HasPrefix(first, "“") {
		return
	}
	for i, p := range post {
		p.InsertBefore(&html.Node{Type: html.TextNode, Data: "“"}, p.FirstChild)
		if i == len(post)-1 {
			p.AppendChild(&html.Node{Type: html.TextNode, Data: "”"})
		}
	}
}

// nodeText returns the text under n, with spaces between blocks.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && n.DataAtom != atom.A && n.DataAtom != atom.Span {
			b.WriteString(" ")
		}
	}
	walk(n)
	return b.String()
}
