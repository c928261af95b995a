package config_test

import (
	"fmt"

	"github.com/tonetrack/tonetrack/tone/config"
)

func ExampleParse() {
	c, err := config.Parse([]byte(`
feeds:
  - url: https://www.example.org/press/rss.xml
    default_speaker: Ministry of Foreign Affairs of Example
`), "tonetrack.yml")
	if err != nil {
		fmt.Println(err)
		return
	}
	f := c.Feeds[0]
	fmt.Println(f.Name, f.Interval, f.DefaultSpeaker)

	_, err = config.Parse([]byte("feeds:\n  - url: https://www.example.org/rss\n    intervall: 5m\n"), "tonetrack.yml")
	fmt.Println(err)
	// Output:
	// www.example.org 15m0s Ministry of Foreign Affairs of Example
	// tonetrack.yml:3: field intervall not found in type feed.Feed
}
