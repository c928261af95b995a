package dashboards

import (
	"github.com/grafana/grafana-foundation-sdk/go/cog"
	"github.com/grafana/grafana-foundation-sdk/go/dashboard"
)

const speakerSel = `job=~"$job", speaker="$speaker"`

// Speaker builds the speaker dashboard: every dimension of one speaker
// ($speaker) over time, with each statement as an exemplar and links to the
// statements themselves in tonetrack's explorer.
func Speaker() (dashboard.Dashboard, error) {
	var n ids
	b := newDashboard("tonetrack / Speaker", SpeakerUID,
		"One speaker's tone over time on every dimension, its rolling means and shifts, with each statement as an exemplar and links to the statements behind any point.",
		link("$speaker in tonetrack", "${tonetrack_url}/?speaker=${speaker:percentencode}&from=${__from}&to=${__to}"), false)

	// Now.
	b = b.WithRow(dashboard.NewRowBuilder("$speaker now").Id(n.id()))
	statements := []cog.Builder[dashboard.DashboardLink]{explorerLink("${speaker:percentencode}", "")}
	b = b.WithPanel(statPanel(n.id(), base{
		title: "Statements in range", unit: countUnit, w: 4, h: 5,
		about:      "Statements by $speaker stored during the dashboard's time range (all replicas).",
		thresholds: thresholds("blue"),
		links:      statements,
		queries: []query{{ref: "A", legend: "statements", instant: true,
			expr: `sum(increase(tone_statements_total{` + speakerSel + `}[$__range]))`}},
	}))
	b = b.WithPanel(statPanel(n.id(), base{
		title: "Last statement", unit: "s", w: 4, h: 5,
		about:      "How long ago $speaker's newest statement was made or published (statement time).",
		thresholds: thresholds("green", step{86400, "yellow"}, step{7 * 86400, "red"}),
		links:      statements,
		queries: []query{{ref: "A", legend: "age",
			expr: `time() - max(tone_last_statement_timestamp_seconds{` + speakerSel + `})`}},
	}))
	b = b.WithPanel(barGauge(n.id(), base{
		title: "$window means", unit: scoreUnit, w: 8, h: 5, decimals: f(2), min: f(-1), max: f(1),
		about:      "$speaker's mean score per dimension over the $window window, in statement time (goldstein divided by 10 to share the -1..1 scale).",
		thresholds: thresholds("red", step{-0.25, "yellow"}, step{0.25, "green"}),
		links:      statements,
		queries: []query{{ref: "A", legend: "{{dimension}}", instant: true,
			expr: `max by (dimension) (tone_score_mean{` + speakerSel + `, window="$window", dimension!="goldstein"})
or
max by (dimension) (tone_score_mean{` + speakerSel + `, window="$window", dimension="goldstein"}) / 10`}},
	}))
	b = b.WithPanel(barGauge(n.id(), base{
		title: "Shift now", unit: shiftUnit, w: 8, h: 5, decimals: f(1), min: f(-6), max: f(6),
		about:      "How far $speaker's last 24 hours stand from its previous 7 days, per dimension, in standard deviations (tone_score_shift). Beyond ±3 raises ToneShift.",
		thresholds: thresholds("red", step{-3, "yellow"}, step{-2, "green"}, step{2, "yellow"}, step{3, "red"}),
		links:      statements,
		queries: []query{{ref: "A", legend: "{{dimension}}", instant: true,
			expr: `max by (dimension) (tone_score_shift{` + speakerSel + `})`}},
	}))

	// Every dimension over time.
	b = b.WithRow(dashboard.NewRowBuilder("$speaker over time").Id(n.id()))
	for _, d := range dims {
		sel := speakerSel + `, dimension="` + d.name + `"`
		w := uint32(12)
		if d.name == "goldstein" {
			w = 24
		}
		b = b.WithPanel(timeSeries(n.id(), base{
			title: d.title, unit: scoreUnit, w: w, h: 9, decimals: f(2), min: f(d.min), max: f(d.max),
			about: d.about + " Hourly mean: the statements ingested in the last hour (tone_score histogram, summed across replicas). " +
				"Window means and the last statement: tonetrack's tracker, in statement time. Points marked as exemplars are single statements (their id); " +
				"the link opens $speaker's statements in tonetrack for the time range.",
			thresholds: dimThresholds(d),
			links:      []cog.Builder[dashboard.DashboardLink]{explorerLink("${speaker:percentencode}", d.name)},
			queries: []query{
				{ref: "A", legend: "hourly mean", expr: histMean("speaker", sel, "1h")},
				{ref: "B", legend: "{{window}} mean", expr: `max by (window) (tone_score_mean{` + sel + `})`},
				{ref: "C", legend: "last statement", expr: `max(tone_score_last{` + sel + `})`},
				{ref: "D", legend: "median of statements", exemplar: true,
					expr: `histogram_quantile(0.5, sum by (le) (rate(tone_score_bucket{` + sel + `}[$__rate_interval])))`},
			},
		}))
	}

	// Distribution and volume.
	b = b.WithRow(dashboard.NewRowBuilder("$speaker: distribution and volume").Id(n.id()))
	b = b.WithPanel(heatmapPanel(n.id(), base{
		title: "$dimension distribution", unit: scoreUnit, w: 12, h: 9,
		about:      "How $speaker's $dimension scores spread over the tone_score histogram's buckets, over time (statements counted when ingested); exemplars mark single statements.",
		thresholds: thresholds("green"),
		links:      []cog.Builder[dashboard.DashboardLink]{explorerLink("${speaker:percentencode}", "${dimension}")},
		queries: []query{{ref: "A", legend: "{{le}}", heatmap: true, exemplar: true,
			expr: `sum by (le) (increase(tone_score_bucket{` + speakerSel + `, dimension="$dimension"}[$__rate_interval]))`}},
	}))
	b = b.WithPanel(timeSeries(n.id(), base{
		title: "Statements per hour", unit: perHourUnit, w: 12, h: 9, decimals: f(1), min: f(0),
		about:      "$speaker's statements stored per hour (all replicas), by arrival.",
		thresholds: thresholds("blue"),
		links:      statements,
		queries: []query{{ref: "A", legend: "statements/h",
			expr: `sum(rate(tone_statements_total{` + speakerSel + `}[$__rate_interval])) * 3600`}},
	}))
	b = b.WithPanel(timeSeries(n.id(), base{
		title: "Shift over time", unit: shiftUnit, w: 24, h: 8, decimals: f(1),
		about:      "$speaker's tone shift per dimension over time: last 24 hours against the previous 7 days, in standard deviations. Beyond ±3 raises ToneShift.",
		thresholds: thresholds("red", step{-3, "yellow"}, step{-2, "green"}, step{2, "yellow"}, step{3, "red"}),
		links:      statements,
		queries: []query{{ref: "A", legend: "{{dimension}}",
			expr: `max by (dimension) (tone_score_shift{` + speakerSel + `})`}},
	}))
	return b.Build()
}
