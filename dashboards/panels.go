package dashboards

import (
	"github.com/grafana/grafana-foundation-sdk/go/bargauge"
	"github.com/grafana/grafana-foundation-sdk/go/cog"
	"github.com/grafana/grafana-foundation-sdk/go/cog/variants"
	"github.com/grafana/grafana-foundation-sdk/go/common"
	"github.com/grafana/grafana-foundation-sdk/go/dashboard"
	"github.com/grafana/grafana-foundation-sdk/go/heatmap"
	"github.com/grafana/grafana-foundation-sdk/go/prometheus"
	"github.com/grafana/grafana-foundation-sdk/go/stat"
	"github.com/grafana/grafana-foundation-sdk/go/timeseries"
)

// query is one PromQL target of a panel.
type query struct {
	ref, expr, legend string
	instant           bool
	exemplar          bool
	heatmap           bool
}

func (q query) build() *prometheus.DataqueryBuilder {
	b := prometheus.NewDataqueryBuilder().
		RefId(q.ref).
		Datasource(ds()).
		EditorMode(prometheus.QueryEditorModeCode).
		Expr(q.expr).
		LegendFormat(q.legend)
	switch {
	case q.instant:
		b = b.Instant().Format(prometheus.PromQueryFormatTimeSeries)
	case q.heatmap:
		b = b.Range().Format(prometheus.PromQueryFormatHeatmap)
	default:
		b = b.Range()
	}
	if q.exemplar {
		b = b.Exemplar(true)
	}
	return b
}

// common fields of every panel.
type base struct {
	title, about string
	unit         string
	w, h         uint32
	thresholds   *dashboard.ThresholdsConfigBuilder
	links        []cog.Builder[dashboard.DashboardLink]
	queries      []query
	min, max     *float64
	decimals     *float64
}

func f(v float64) *float64 { return &v }

// panelBuilder is what the SDK's panel builders (timeseries, stat, bargauge,
// heatmap) have in common, each method returning the builder itself.
type panelBuilder[B any] interface {
	Id(uint32) B
	Title(string) B
	Description(string) B
	Datasource(common.DataSourceRef) B
	Unit(string) B
	Span(uint32) B
	Height(uint32) B
	Thresholds(cog.Builder[dashboard.ThresholdsConfig]) B
	DataLinks([]cog.Builder[dashboard.DashboardLink]) B
	Min(float64) B
	Max(float64) B
	Decimals(float64) B
	WithTarget(cog.Builder[variants.Dataquery]) B
}

// withBase sets the fields every panel has: id, title, description,
// datasource variable, unit, size and thresholds.
func withBase[B panelBuilder[B]](b B, id uint32, p base) B {
	return b.Id(id).
		Title(p.title).
		Description(p.about).
		Datasource(ds()).
		Unit(p.unit).
		Span(p.w).
		Height(p.h).
		Thresholds(p.thresholds)
}

// withExtras adds what a panel may have: data links, bounds, decimals and its
// queries.
func withExtras[B panelBuilder[B]](b B, p base) B {
	if len(p.links) > 0 {
		b = b.DataLinks(p.links)
	}
	if p.min != nil {
		b = b.Min(*p.min)
	}
	if p.max != nil {
		b = b.Max(*p.max)
	}
	if p.decimals != nil {
		b = b.Decimals(*p.decimals)
	}
	for _, q := range p.queries {
		b = b.WithTarget(q.build())
	}
	return b
}

func timeSeries(id uint32, p base) *timeseries.PanelBuilder {
	b := withBase(timeseries.NewPanelBuilder(), id, p).
		ThresholdsStyle(common.NewGraphThresholdsStyleConfigBuilder().Mode(common.GraphThresholdsStyleModeDashed)).
		LineWidth(1).
		FillOpacity(0).
		ShowPoints(common.VisibilityModeAuto).
		SpanNulls(common.BoolOrFloat64{Bool: cog.ToPtr(false)}).
		Legend(common.NewVizLegendOptionsBuilder().
			DisplayMode(common.LegendDisplayModeTable).
			Placement(common.LegendPlacementRight).
			ShowLegend(true).
			Calcs([]string{"lastNotNull", "max"})).
		Tooltip(common.NewVizTooltipOptionsBuilder().Mode(common.TooltipDisplayModeMulti).Sort(common.SortOrderDescending))
	return withExtras(b, p)
}

func statPanel(id uint32, p base) *stat.PanelBuilder {
	b := withBase(stat.NewPanelBuilder(), id, p).
		ColorMode(common.BigValueColorModeValue).
		GraphMode(common.BigValueGraphModeArea).
		ReduceOptions(common.NewReduceDataOptionsBuilder().Calcs([]string{"lastNotNull"}).Values(false)).
		Orientation(common.VizOrientationAuto)
	return withExtras(b, p)
}

func barGauge(id uint32, p base) *bargauge.PanelBuilder {
	b := withBase(bargauge.NewPanelBuilder(), id, p).
		DisplayMode(common.BarGaugeDisplayModeGradient).
		Orientation(common.VizOrientationHorizontal).
		ShowUnfilled(true).
		ReduceOptions(common.NewReduceDataOptionsBuilder().Calcs([]string{"lastNotNull"}).Values(false)).
		Orientation(common.VizOrientationAuto)
	return withExtras(b, p)
}

func heatmapPanel(id uint32, p base) *heatmap.PanelBuilder {
	b := withBase(heatmap.NewPanelBuilder(), id, p).
		Calculate(false).
		YAxis(heatmap.NewYAxisConfigBuilder().Unit(p.unit).Decimals(2)).
		RowsFrame(heatmap.NewRowsHeatmapOptionsBuilder().Layout(common.HeatmapCellLayoutLe)).
		Color(heatmap.NewHeatmapColorOptionsBuilder().
			Mode(heatmap.HeatmapColorModeScheme).
			Scheme("Oranges").
			Scale(heatmap.HeatmapColorScaleExponential).
			Exponent(0.5).
			Fill("dark-orange").
			Steps(64)).
		CellGap(1).
		ShowLegend().
		Tooltip(heatmap.NewHeatmapTooltipBuilder().Mode(common.TooltipDisplayModeSingle).YHistogram(true)).
		ExemplarsColor("rgba(255,0,255,0.7)")
	return withExtras(b, p)
}
