package dashboards

import (
	"fmt"

	"github.com/grafana/grafana-foundation-sdk/go/cog"
	"github.com/grafana/grafana-foundation-sdk/go/common"
	"github.com/grafana/grafana-foundation-sdk/go/dashboard"
)

// histMean is the mean score of the statements ingested over the range, per
// the given labels, summed across replicas before dividing (never an average
// of averages).
func histMean(by, sel, rng string) string {
	return fmt.Sprintf("sum by (%[1]s) (rate(tone_score_sum{%[2]s}[%[3]s]))\n/\nsum by (%[1]s) (rate(tone_score_count{%[2]s}[%[3]s]))", by, sel, rng)
}

const (
	overviewSel = `job=~"$job", speaker=~"$speaker"`
	countUnit   = "short"
	scoreUnit   = "none"
	shiftUnit   = "suffix: σ"
	perHourUnit = "suffix:/h"
)

// Overview builds the overview dashboard: who says what, how hostile or
// conciliatory, and what changed, across all speakers.
func Overview() (dashboard.Dashboard, error) {
	var n ids
	b := newDashboard("tonetrack / Overview", OverviewUID,
		"Tone of public rhetoric across speakers: statements, tone over time, who is most hostile or conciliatory now, tone shifts, and tonetrack's own health.",
		link("Statement explorer", "${tonetrack_url}/?from=${__from}&to=${__to}"), true)

	toSpeaker := []cog.Builder[dashboard.DashboardLink]{speakerDashLink(), explorerLink("${__field.labels.speaker:percentencode}", "")}

	// Now: single numbers.
	b = b.WithRow(dashboard.NewRowBuilder("Now").Id(n.id()))
	b = b.WithPanel(statPanel(n.id(), base{
		title: "Statements in range", unit: countUnit, w: 4, h: 4,
		about:      "Statements tonetrack stored for the selected speakers during the dashboard's time range (all replicas).",
		thresholds: thresholds("blue"),
		queries: []query{{ref: "A", legend: "statements",
			expr: `sum(increase(tone_statements_total{` + overviewSel + `}[$__range]))`, instant: true}},
	}))
	b = b.WithPanel(statPanel(n.id(), base{
		title: "Statements per hour", unit: perHourUnit, w: 4, h: 4, decimals: f(1),
		about:      "Rate at which statements of the selected speakers arrived over the last hour (all replicas). Zero for hours means the sources went quiet: see the StatementsStopped alert.",
		thresholds: thresholds("red", step{0.5, "green"}),
		queries: []query{{ref: "A", legend: "statements/h",
			expr: `sum(rate(tone_statements_total{` + overviewSel + `}[1h])) * 3600`}},
	}))
	b = b.WithPanel(statPanel(n.id(), base{
		title: "Speakers tracked", unit: countUnit, w: 4, h: 4,
		about:      "Distinct speakers with a metrics series (the long tail past --max-speakers is folded into speaker=\"other\").",
		thresholds: thresholds("blue"),
		queries: []query{{ref: "A", legend: "speakers",
			expr: `count(max by (speaker) (tone_last_statement_timestamp_seconds{job=~"$job"}))`}},
	}))
	b = b.WithPanel(statPanel(n.id(), base{
		title: "Replicas up", unit: countUnit, w: 4, h: 4,
		about:      "tonetrack replicas Prometheus scrapes successfully (up == 1). Zero pages as TonetrackDown.",
		thresholds: thresholds("red", step{1, "green"}),
		queries: []query{{ref: "A", legend: "up",
			expr: `sum(up{job=~"$job"})`}},
	}))
	b = b.WithPanel(statPanel(n.id(), base{
		title: "Rejected in the last hour", unit: countUnit, w: 4, h: 4,
		about:      "Requests or items tonetrack refused in the last hour (bad JSON, missing speaker or text, too large, ...). See the Operations row for the reasons.",
		thresholds: thresholds("green", step{1, "yellow"}, step{10, "red"}),
		queries: []query{{ref: "A", legend: "rejected",
			expr: `sum(increase(tone_ingest_rejected_total{job=~"$job"}[1h])) or vector(0)`}},
	}))
	b = b.WithPanel(statPanel(n.id(), base{
		title: "Alerts firing", unit: countUnit, w: 4, h: 4,
		about:      "tonetrack alerts firing now (dashboards/rules); see dashboards/RUNBOOK.md for each.",
		thresholds: thresholds("green", step{1, "red"}),
		queries: []query{{ref: "A", legend: "alerts",
			expr: `count(ALERTS{alertstate="firing", alertname=~"Tone.+"}) or vector(0)`}},
	}))

	// Tone over time, one panel per main dimension.
	b = b.WithRow(dashboard.NewRowBuilder("Tone over time").Id(n.id()))
	for _, dname := range []string{"hostility", "cooperation", "valence", "goldstein"} {
		d := dimByName(dname)
		sel := overviewSel + `, dimension="` + d.name + `"`
		b = b.WithPanel(timeSeries(n.id(), base{
			title: d.title + " per speaker", unit: scoreUnit, w: 12, h: 9, decimals: f(2),
			min: f(d.min), max: f(d.max),
			about: d.about + " Solid: mean of the statements ingested in the last hour, from the tone_score histogram summed across replicas. " +
				"'$window' lines: tonetrack's rolling mean in statement time (tone_score_mean), which also counts late and backfilled statements.",
			thresholds: dimThresholds(d),
			links:      toSpeaker,
			queries: []query{
				{ref: "A", legend: "{{speaker}}", expr: histMean("speaker", sel, "1h")},
				{ref: "B", legend: "{{speaker}} · $window mean",
					expr: `max by (speaker) (tone_score_mean{` + sel + `, window="$window"})`},
			},
		}))
	}

	// Who stands out now.
	b = b.WithRow(dashboard.NewRowBuilder("Who stands out now").Id(n.id()))
	hostile := dimByName("hostility")
	b = b.WithPanel(barGauge(n.id(), base{
		title: "Most hostile speakers ($window mean)", unit: scoreUnit, w: 8, h: 9, decimals: f(2), min: f(0), max: f(1),
		about:      "The five speakers with the highest mean hostility over the $window window (statement time). Click a bar for the speaker's dashboard or statements.",
		thresholds: dimThresholds(hostile),
		links:      toSpeaker,
		queries: []query{{ref: "A", legend: "{{speaker}}", instant: true,
			expr: `topk(5, max by (speaker) (tone_score_mean{job=~"$job", dimension="hostility", window="$window"}))`}},
	}))
	coop := dimByName("cooperation")
	b = b.WithPanel(barGauge(n.id(), base{
		title: "Most conciliatory speakers ($window mean)", unit: scoreUnit, w: 8, h: 9, decimals: f(2), min: f(0), max: f(1),
		about:      "The five speakers with the highest mean cooperation over the $window window (statement time): dialogue, talks, agreement.",
		thresholds: dimThresholds(coop),
		links:      toSpeaker,
		queries: []query{{ref: "A", legend: "{{speaker}}", instant: true,
			expr: `topk(5, max by (speaker) (tone_score_mean{job=~"$job", dimension="cooperation", window="$window"}))`}},
	}))
	b = b.WithPanel(barGauge(n.id(), base{
		title: "Largest tone shifts now", unit: shiftUnit, w: 8, h: 9, decimals: f(1), min: f(0), max: f(6),
		about: "Speakers and dimensions whose last 24 hours stand furthest from their previous 7 days (|tone_score_shift|, in standard deviations). " +
			"3 and more raises the ToneShift alert.",
		thresholds: thresholds("green", step{2, "yellow"}, step{3, "red"}),
		links:      toSpeaker,
		queries: []query{{ref: "A", legend: "{{speaker}} · {{dimension}}", instant: true,
			expr: `topk(10, abs(max by (speaker, dimension) (tone_score_shift{` + overviewSel + `})))`}},
	}))
	b = b.WithPanel(timeSeries(n.id(), base{
		title: "Tone shift: $dimension", unit: shiftUnit, w: 12, h: 9, decimals: f(1),
		about: "How far each speaker's last 24 hours stand from its previous 7 days on $dimension, in standard deviations of the 7 days (tone_score_shift). " +
			"Beyond ±3 raises the ToneShift alert.",
		thresholds: thresholds("red", step{-3, "yellow"}, step{-2, "green"}, step{2, "yellow"}, step{3, "red"}),
		links:      toSpeaker,
		queries: []query{{ref: "A", legend: "{{speaker}}",
			expr: `max by (speaker) (tone_score_shift{` + overviewSel + `, dimension="$dimension"})`}},
	}))
	b = b.WithPanel(heatmapPanel(n.id(), base{
		title: "Score distribution: $dimension", unit: scoreUnit, w: 12, h: 9,
		about: "How the $dimension scores of the selected speakers' statements spread, per bucket of the tone_score histogram, over time " +
			"(statements counted when ingested). A band moving up or down is a change of tone across many statements.",
		thresholds: thresholds("green"),
		queries: []query{{ref: "A", legend: "{{le}}", heatmap: true,
			expr: `sum by (le) (increase(tone_score_bucket{` + overviewSel + `, dimension="$dimension"}[$__rate_interval]))`}},
	}))
	b = b.WithPanel(timeSeries(n.id(), base{
		title: "Statements per hour by speaker", unit: perHourUnit, w: 12, h: 9, decimals: f(1), min: f(0),
		about:      "Statements stored per speaker per hour (all replicas), by arrival. A speaker going quiet or suddenly vocal shows here first.",
		thresholds: thresholds("blue"),
		links:      toSpeaker,
		queries: []query{{ref: "A", legend: "{{speaker}}",
			expr: `sum by (speaker) (rate(tone_statements_total{` + overviewSel + `}[$__rate_interval])) * 3600`}},
	}))
	b = b.WithPanel(timeSeries(n.id(), base{
		title: "Time since each speaker's last statement", unit: "s", w: 12, h: 9, min: f(0),
		about:      "Age of each speaker's newest statement, in statement time (when it was said or published).",
		thresholds: thresholds("green", step{86400, "yellow"}, step{7 * 86400, "red"}),
		links:      toSpeaker,
		queries: []query{{ref: "A", legend: "{{speaker}}",
			expr: `time() - max by (speaker) (tone_last_statement_timestamp_seconds{` + overviewSel + `})`}},
	}))

	// Operations.
	b = b.WithRow(dashboard.NewRowBuilder("Operations").Id(n.id()))
	b = b.WithPanel(timeSeries(n.id(), base{
		title: "Rejected and duplicate input", unit: "cps", w: 8, h: 8, min: f(0), decimals: f(2),
		about:      "Input tonetrack refused, by reason (tone_ingest_rejected_total), and statements it already had (tone_duplicates_total: replays and redeliveries, harmless).",
		thresholds: thresholds("green", step{0.1, "red"}),
		queries: []query{
			{ref: "A", legend: "rejected: {{reason}}", expr: `sum by (reason) (rate(tone_ingest_rejected_total{job=~"$job"}[$__rate_interval]))`},
			{ref: "B", legend: "duplicates", expr: `sum(rate(tone_duplicates_total{job=~"$job"}[$__rate_interval]))`},
		},
	}))
	b = b.WithPanel(timeSeries(n.id(), base{
		title: "Scoring latency", unit: "s", w: 8, h: 8, min: f(0),
		about:      "Time to score a batch of statements (tone_score_duration_seconds), median and 99th percentile across replicas.",
		thresholds: thresholds("green", step{0.1, "yellow"}, step{1, "red"}),
		queries: []query{
			{ref: "A", legend: "p50", expr: `histogram_quantile(0.5, sum by (le) (rate(tone_score_duration_seconds_bucket{job=~"$job"}[$__rate_interval])))`},
			{ref: "B", legend: "p99", expr: `histogram_quantile(0.99, sum by (le) (rate(tone_score_duration_seconds_bucket{job=~"$job"}[$__rate_interval])))`},
		},
	}))
	b = b.WithPanel(timeSeries(n.id(), base{
		title: "Feeds: items and errors", unit: perHourUnit, w: 8, h: 8, min: f(0), decimals: f(1),
		about:      "Per feed: items ingested per hour, and failed polls, page fetches or ingests per hour by reason (feeds configured with --feed or feeds: in the config).",
		thresholds: thresholds("green"),
		queries: []query{
			{ref: "A", legend: "{{feed}} items", expr: `sum by (feed) (rate(tone_feed_items_total{job=~"$job"}[$__rate_interval])) * 3600`},
			{ref: "B", legend: "{{feed}} errors: {{reason}}", expr: `sum by (feed, reason) (rate(tone_feed_errors_total{job=~"$job"}[$__rate_interval])) * 3600 > 0`},
		},
	}))
	b = b.WithPanel(timeSeries(n.id(), base{
		title: "Feeds: time since last successful poll", unit: "s", w: 12, h: 8, min: f(0),
		about:      "Per feed, time since its last poll that fetched and parsed the feed (or got 304 Not Modified). Beyond an hour raises FeedStale.",
		thresholds: thresholds("green", step{1800, "yellow"}, step{3600, "red"}),
		queries: []query{{ref: "A", legend: "{{feed}}",
			expr: `time() - max by (feed) (tone_feed_last_success_timestamp_seconds{job=~"$job"})`}},
	}))
	b = b.WithPanel(timeSeries(n.id(), base{
		title: "Scrapes per replica", unit: "s", w: 12, h: 8, min: f(0),
		about:      "How long Prometheus takes to scrape each replica's /metrics; a slow or failing scrape leaves gaps in every other panel.",
		thresholds: thresholds("green", step{1, "yellow"}, step{5, "red"}),
		queries: []query{{ref: "A", legend: "{{instance}}",
			expr: `max by (instance) (scrape_duration_seconds{job=~"$job"})`}},
	}))

	b = b.WithPanel(timeSeries(n.id(), base{
		title: "HTTP requests by route and status", unit: "reqps", w: 12, h: 8, min: f(0), decimals: f(2),
		about:      "Requests tonetrack answered per second, by route pattern and status code (tone_http_requests_total, all replicas). 4xx are bad input (see rejections), 5xx are tonetrack's own failures.",
		thresholds: thresholds("green"),
		queries: []query{{ref: "A", legend: "{{handler}} {{code}}",
			expr: `sum by (handler, code) (rate(tone_http_requests_total{job=~"$job"}[$__rate_interval])) > 0`}},
	}))
	b = b.WithPanel(timeSeries(n.id(), base{
		title: "HTTP latency (p99) by route", unit: "s", w: 12, h: 8, min: f(0),
		about:      "99th percentile time to answer, by route pattern, across replicas (tone_http_request_duration_seconds). Ingest routes include scoring and the store's commit.",
		thresholds: thresholds("green", step{0.5, "yellow"}, step{2, "red"}),
		queries: []query{{ref: "A", legend: "{{handler}}",
			expr: `histogram_quantile(0.99, sum by (le, handler) (rate(tone_http_request_duration_seconds_bucket{job=~"$job"}[$__rate_interval])))`}},
	}))

	return b.Build()
}

// newDashboard starts a tonetrack dashboard: title, uid, description, the
// shared time settings, links, annotations and template variables (speaker
// multi-valued or not), plus one link of its own.
func newDashboard(title, uid, about string, own cog.Builder[dashboard.DashboardLink], multiSpeaker bool) *dashboard.DashboardBuilder {
	return dashboard.NewDashboardBuilder(title).
		Uid(uid).
		Description(about).
		Tags([]string{"tonetrack"}).
		Editable().
		Refresh("1m").
		Time("now-7d", "now").
		Timezone(common.TimeZoneBrowser).
		Tooltip(dashboard.DashboardCursorSyncCrosshair).
		Link(dashLinks("tonetrack", "tonetrack")).
		Link(own).
		Annotation(builtInAnnotations()).
		Annotation(alertAnnotations()).
		WithVariable(datasourceVar()).
		WithVariable(jobVar()).
		WithVariable(speakerVar(multiSpeaker)).
		WithVariable(dimensionVar()).
		WithVariable(windowVar()).
		WithVariable(tonetrackURLVar())
}
