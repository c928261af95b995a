// Package server is tonetrack's HTTP face: the JSON API that takes
// statements and articles in and answers questions about speakers, the
// Prometheus /metrics endpoint, health checks and a server-rendered statement
// explorer for people.
//
// # Routes
//
//	POST /api/v1/statements        JSON array or JSON Lines of statements; all or nothing
//	POST /api/v1/articles          one article: text/plain, text/html or JSON
//	GET  /api/v1/statements        ?speaker= &from= &to= &dimension= &min= &max= &limit= &cursor=
//	GET  /api/v1/statements/{id}   one statement
//	GET  /api/v1/speakers          per speaker: count, first/last time, latest scores, window means, shift
//	GET  /metrics                  Prometheus exposition, OpenMetrics (with exemplars) when asked for
//	GET  /healthz, /readyz         liveness; readiness (store reachable, Options.Ready)
//	GET  /                         the statement explorer (?speaker= &dimension= &from= &to=)
//
// Bad input never reaches the store: a request with one bad statement is
// rejected whole with 400 and a JSON error naming the problem, the line (JSON
// Lines) or item (JSON array) and the field, and the rejection is counted in
// tone_ingest_rejected_total{reason}.
//
// Times in query strings may be RFC 3339 ("2026-11-29T12:00:00Z"), a date
// ("2026-11-29"), Unix seconds, Unix milliseconds (what Grafana's ${__from}
// and ${__to} give; any number from 100000000000 up is read as milliseconds),
// or relative to now as Grafana writes them ("now", "now-24h", "now-7d").
//
// /metrics is promhttp's handler with OpenMetrics negotiation on (so that
// Prometheus gets the exemplars of tone_score), compressed with gzip at
// BestSpeed when the client accepts it.
//
// Every route is instrumented with promhttp middleware
// (tone_http_requests_total and tone_http_request_duration_seconds, labelled
// by route pattern, method and code, so their cardinality is fixed).
package server
