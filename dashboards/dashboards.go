package dashboards

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/grafana/grafana-foundation-sdk/go/cog"
	"github.com/grafana/grafana-foundation-sdk/go/common"
	"github.com/grafana/grafana-foundation-sdk/go/dashboard"
)

// UIDs of the generated dashboards; links between them use these.
const (
	OverviewUID = "tonetrack-overview"
	SpeakerUID  = "tonetrack-speaker"
)

// DefaultTonetrackURL is the default of the ${tonetrack_url} variable: where
// `tonetrack serve` listens by default. Users change it on the dashboard or
// when provisioning.
const DefaultTonetrackURL = "http://localhost:8080"

// dim describes one tracked score dimension: its range, the thresholds that
// mean something for an analyst, and a description for the panels.
type dim struct {
	name, title string
	min, max    float64
	// steps are the threshold steps above the base colour.
	base  string
	steps []step
	about string
}

type step struct {
	value float64
	color string
}

// dims lists the dimensions tonetrack tracks (tone.Tracked), in display order.
var dims = []dim{
	{name: "valence", title: "Valence", min: -1, max: 1, base: "red",
		steps: []step{{-0.25, "yellow"}, {0.25, "green"}},
		about: "Valence is the sentiment of the words, -1 (negative) to 1 (positive); below -0.25 reads as clearly negative."},
	{name: "hostility", title: "Hostility", min: 0, max: 1, base: "green",
		steps: []step{{0.5, "yellow"}, {0.75, "red"}},
		about: "Hostility is 0 (none) to 1 (threats, enemies, war); 0.5 is the floor of the HostilitySpike alert."},
	{name: "cooperation", title: "Cooperation", min: 0, max: 1, base: "text",
		steps: []step{{0.25, "yellow"}, {0.5, "green"}},
		about: "Cooperation is 0 (none) to 1 (dialogue, agreement, talks, aid); conciliatory speakers score high."},
	{name: "intensity", title: "Intensity", min: 0, max: 1, base: "green",
		steps: []step{{0.5, "yellow"}, {0.75, "red"}},
		about: "Intensity is 0 (calm) to 1 (emphatic, absolute, urgent language), whatever the direction."},
	{name: "goldstein", title: "Goldstein", min: -10, max: 10, base: "red",
		steps: []step{{-2.5, "yellow"}, {2.5, "green"}},
		about: "Goldstein places the statement on the Goldstein conflict-cooperation scale, -10 (military attack) to 10 (military or economic assistance)."},
}

func dimByName(name string) dim {
	for _, d := range dims {
		if d.name == name {
			return d
		}
	}
	return dim{name: name, title: name, base: "text"} // not reached: callers pass names from dims
}

// Dashboards returns every generated dashboard by file name (as written under
// dashboards/grafana).
func Dashboards() (map[string]dashboard.Dashboard, error) {
	out := map[string]dashboard.Dashboard{}
	for name, build := range map[string]func() (dashboard.Dashboard, error){
		"overview.json": Overview,
		"speaker.json":  Speaker,
	} {
		d, err := build()
		if err != nil {
			return nil, fmt.Errorf("build %s: %w", name, err)
		}
		out[name] = d
	}
	return out, nil
}

// Files returns every generated dashboard as the indented JSON written to
// dashboards/grafana, by file name.
func Files() (map[string][]byte, error) {
	ds, err := Dashboards()
	if err != nil {
		return nil, err
	}
	out := make(map[string][]byte, len(ds))
	names := make([]string, 0, len(ds))
	for name := range ds {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false) // keep & and < readable in URLs and PromQL
		enc.SetIndent("", "  ")
		if err := enc.Encode(ds[name]); err != nil {
			return nil, fmt.Errorf("marshal %s: %w", name, err)
		}
		out[name] = buf.Bytes()
	}
	return out, nil
}

// ds is the datasource reference every panel, query, variable and annotation
// uses: the ${datasource} variable, never a fixed uid.
func ds() common.DataSourceRef {
	return common.DataSourceRef{Type: cog.ToPtr("prometheus"), Uid: cog.ToPtr("${datasource}")}
}

func thresholds(base string, steps ...step) *dashboard.ThresholdsConfigBuilder {
	ts := []dashboard.Threshold{{Value: nil, Color: base}}
	for _, s := range steps {
		ts = append(ts, dashboard.Threshold{Value: cog.ToPtr(s.value), Color: s.color})
	}
	return dashboard.NewThresholdsConfigBuilder().Mode(dashboard.ThresholdsModeAbsolute).Steps(ts)
}

func dimThresholds(d dim) *dashboard.ThresholdsConfigBuilder {
	return thresholds(d.base, d.steps...)
}

// ids hands out panel ids, unique within one dashboard.
type ids struct{ next uint32 }

func (i *ids) id() uint32 { i.next++; return i.next }

// linkBuilder builds a link without the SDK's default placement
// ("inControlsMenu", which Grafana 12 would tuck away in a menu).
type linkBuilder dashboard.DashboardLink

func (l linkBuilder) Build() (dashboard.DashboardLink, error) { return dashboard.DashboardLink(l), nil }

func link(title, url string) cog.Builder[dashboard.DashboardLink] {
	return linkBuilder{Title: title, Type: dashboard.DashboardLinkTypeLink, Url: &url, Tags: []string{}, TargetBlank: true}
}

// explorerLink opens tonetrack's statement explorer for one speaker (a Grafana
// template expression) and the dashboard's time range (Unix milliseconds, as
// Grafana's ${__from} and ${__to} give them).
func explorerLink(speakerExpr, dimension string) cog.Builder[dashboard.DashboardLink] {
	url := "${tonetrack_url}/?speaker=" + speakerExpr
	if dimension != "" {
		url += "&dimension=" + dimension
	}
	url += "&from=${__from}&to=${__to}"
	return link("Statements in tonetrack", url)
}

// speakerDashLink opens the speaker dashboard for the series' speaker.
func speakerDashLink() cog.Builder[dashboard.DashboardLink] {
	l := link("Speaker dashboard", "/d/"+SpeakerUID+"/tonetrack-speaker?var-speaker=${__field.labels.speaker:percentencode}&${datasource:queryparam}&${job:queryparam}&${window:queryparam}&${tonetrack_url:queryparam}&${__url_time_range}").(linkBuilder)
	l.TargetBlank = false
	return l
}

func datasourceVar() cog.Builder[dashboard.VariableModel] {
	return dashboard.NewDatasourceVariableBuilder("datasource").
		Label("Data source").
		Description("The Prometheus that scrapes tonetrack and evaluates dashboards/rules.").
		Type("prometheus")
}

func jobVar() cog.Builder[dashboard.VariableModel] {
	return dashboard.NewQueryVariableBuilder("job").
		Label("Job").
		Description("Prometheus job(s) scraping tonetrack; replicas of one deployment share a job.").
		Datasource(ds()).
		Query(dashboard.StringOrMap{String: cog.ToPtr("label_values(tone_build_info, job)")}).
		Definition("label_values(tone_build_info, job)").
		Refresh(dashboard.VariableRefreshOnTimeRangeChanged).
		Sort(dashboard.VariableSortAlphabeticalAsc).
		Multi(true).
		IncludeAll(true).
		AllValue(".+")
}

func speakerVar(multi bool) cog.Builder[dashboard.VariableModel] {
	q := `label_values(tone_statements_total{job=~"$job"}, speaker)`
	v := dashboard.NewQueryVariableBuilder("speaker").
		Label("Speaker").
		Description(`Speaker as tonetrack names it ("other" gathers the least active speakers past --max-speakers).`).
		Datasource(ds()).
		Query(dashboard.StringOrMap{String: cog.ToPtr(q)}).
		Definition(q).
		Refresh(dashboard.VariableRefreshOnTimeRangeChanged).
		Sort(dashboard.VariableSortAlphabeticalAsc).
		Multi(multi)
	if multi {
		v = v.IncludeAll(true).AllValue(".+")
	}
	return v
}

func customVar(name, label, about string, values []string, def string) cog.Builder[dashboard.VariableModel] {
	opts := make([]dashboard.VariableOption, 0, len(values))
	q := ""
	for i, v := range values {
		if i > 0 {
			q += ","
		}
		q += v
		opts = append(opts, dashboard.VariableOption{
			Selected: cog.ToPtr(v == def),
			Text:     dashboard.StringOrArrayOfString{String: cog.ToPtr(v)},
			Value:    dashboard.StringOrArrayOfString{String: cog.ToPtr(v)},
		})
	}
	return dashboard.NewCustomVariableBuilder(name).
		Label(label).
		Description(about).
		Values(dashboard.StringOrMap{String: cog.ToPtr(q)}).
		Options(opts).
		Current(dashboard.VariableOption{
			Selected: cog.ToPtr(true),
			Text:     dashboard.StringOrArrayOfString{String: cog.ToPtr(def)},
			Value:    dashboard.StringOrArrayOfString{String: cog.ToPtr(def)},
		})
}

func dimensionVar() cog.Builder[dashboard.VariableModel] {
	names := make([]string, 0, len(dims))
	for _, d := range dims {
		names = append(names, d.name)
	}
	return customVar("dimension", "Dimension",
		"Score dimension for the distribution and shift panels.", names, "hostility")
}

func windowVar() cog.Builder[dashboard.VariableModel] {
	return customVar("window", "Window",
		"Window of tonetrack's rolling means (in statement time) for the 'now' panels.",
		[]string{"1h", "24h", "7d"}, "24h")
}

func tonetrackURLVar() cog.Builder[dashboard.VariableModel] {
	return dashboard.NewTextBoxVariableBuilder("tonetrack_url").
		Label("tonetrack URL").
		Description("Base URL of tonetrack's statement explorer, for the links from panels to the statements.").
		DefaultValue(dashboard.StringOrMap{String: cog.ToPtr(DefaultTonetrackURL)}).
		Current(dashboard.VariableOption{
			Text:  dashboard.StringOrArrayOfString{String: cog.ToPtr(DefaultTonetrackURL)},
			Value: dashboard.StringOrArrayOfString{String: cog.ToPtr(DefaultTonetrackURL)},
		})
}

// annotationBuilder builds an annotation query without the SDK's default
// placement ("inControlsMenu", which Grafana 12 would tuck away in a menu).
type annotationBuilder dashboard.AnnotationQuery

func (a annotationBuilder) Build() (dashboard.AnnotationQuery, error) {
	return dashboard.AnnotationQuery(a), nil
}

// alertAnnotations marks the times tonetrack's alerts fired.
func alertAnnotations() cog.Builder[dashboard.AnnotationQuery] {
	d := ds()
	return annotationBuilder{
		Name:        "tonetrack alerts",
		Datasource:  &d,
		Enable:      true,
		Hide:        cog.ToPtr(false),
		IconColor:   "red",
		Expr:        cog.ToPtr(`ALERTS{alertstate="firing", alertname=~"Tone.+"}`),
		Step:        cog.ToPtr("60s"),
		TitleFormat: cog.ToPtr("{{alertname}}"),
		TextFormat:  cog.ToPtr("{{alertname}} {{severity}} {{speaker}} {{dimension}} {{feed}}"),
		TagKeys:     cog.ToPtr("alertname,severity,speaker"),
	}
}

// builtInAnnotations is Grafana's own annotations and alerts, as every
// dashboard has them.
func builtInAnnotations() cog.Builder[dashboard.AnnotationQuery] {
	return annotationBuilder{
		Name:       "Annotations & Alerts",
		Datasource: &common.DataSourceRef{Type: cog.ToPtr("grafana"), Uid: cog.ToPtr("-- Grafana --")},
		Enable:     true,
		Hide:       cog.ToPtr(true),
		IconColor:  "rgba(0, 211, 255, 1)",
		Type:       cog.ToPtr("dashboard"),
		BuiltIn:    cog.ToPtr(1.0),
	}
}

func dashLinks(title string, tags ...string) cog.Builder[dashboard.DashboardLink] {
	return linkBuilder{Title: title, Type: dashboard.DashboardLinkTypeDashboards, Tags: tags, AsDropdown: true, IncludeVars: true, KeepTime: true}
}
