// Package config reads the YAML configuration file of tonetrack serve: the
// feeds to follow, how to fetch them, and the NATS JetStream settings.
//
//	feeds:
//	  - url: https://www.example.org/press/rss.xml
//	    name: example-mofa              # source name and metric label (default: host)
//	    interval: 10m                   # default 15m
//	    default_speaker: Ministry of Foreign Affairs of Example
//	fetch:
//	  timeout: 30s
//	  max_feed_bytes: 10485760
//	  max_page_bytes: 5242880
//	nats:
//	  url: nats://127.0.0.1:4222
//	  creds: /etc/tonetrack/nats.creds  # optional; also tls_ca, tls_cert, tls_key
//	  partitions: 8
//	  replica: 0
//	  replicas: 2
//
// Unknown keys are errors (a typo never goes unnoticed), and every error
// names the file and line.
package config
