// Package dashboards builds tonetrack's Grafana dashboards from Go and checks
// them, together with the Prometheus rules in dashboards/rules, against the
// real tools.
//
// The dashboards are generated with github.com/grafana/grafana-foundation-sdk/go:
// Dashboards returns them by file name, and `go run ./dashboards/gen` writes
// them to dashboards/grafana/*.json (a test fails when the committed JSON and
// the generated JSON differ; `go test ./dashboards -run TestGenerated -update`
// rewrites them too).
//
// Every panel queries through the ${datasource} template variable (no
// datasource uid is hard-coded), carries a unit, thresholds and a
// description, and has an id unique in its dashboard. Links on the speaker
// panels lead to tonetrack's statement explorer (`/`) at the base URL in the
// ${tonetrack_url} variable, with the speaker and the time range in the query
// string, so a spike in a graph leads to the words behind it.
//
// The tests need promtool and prometheus. Tool finds them: on $PATH first
// (Debian's prometheus package provides 2.42), else in the user's cache
// directory, where, on a machine that has only Go, it builds them once from
// the Prometheus Go module at PrometheusModuleVersion.
package dashboards
