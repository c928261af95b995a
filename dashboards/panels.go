package dashboards

import (
	"github.com/grafana/grafana-foundation-sdk/go/bargauge"
	"github.com/grafana/grafana-foundation-sdk/go/cog"
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

func timeSeries(id uint32, p base) *timeseries.PanelBuilder {
	b := timeseries.NewPanelBuilder().
		Id(id).
		Title(p.title).
		Description(p.about).
		Datasource(ds()).
		Unit(p.unit).
		Span(p.w).
		Height(p.h).
		Thresholds(p.thresholds).
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

func statPanel(id uint32, p base) *stat.PanelBuilder {
	b := stat.NewPanelBuilder().
		Id(id).
		Title(p.title).
		Description(p.about).
		Datasource(ds()).
		Unit(p.unit).
		Span(p.w).
		Height(p.h).
		Thresholds(p.thresholds).
		ColorMode(common.BigValueColorModeValue).
		GraphMode(common.BigValueGraphModeArea).
		ReduceOptions(common.NewReduceDataOptionsBuilder().Calcs([]string{"lastNotNull"}).Values(false)).
		Orientation(common.VizOrientationAuto)
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

func barGauge(id uint32, p base) *bargauge.PanelBuilder {
	b := bargauge.NewPanelBuilder().
		Id(id).
		Title(p.title).
		Description(p.about).
		Datasource(ds()).
		Unit(p.unit).
		Span(p.w).
		Height(p.h).
		Thresholds(p.thresholds).
		DisplayMode(common.BarGaugeDisplayModeGradient).
		Orientation(common.VizOrientationHorizontal).
		ShowUnfilled(true).
		ReduceOptions(common.NewReduceDataOptionsBuilder().Calcs([]string{"lastNotNull"}).Values(false)).
		Orientation(common.VizOrientationAuto)
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

func heatmapPanel(id uint32, p base) *heatmap.PanelBuilder {
	b := heatmap.NewPanelBuilder().
		Id(id).
		Title(p.title).
		Description(p.about).
		Datasource(ds()).
		Unit(p.unit).
		Span(p.w).
		Height(p.h).
		Thresholds(p.thresholds).
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
	if len(p.links) > 0 {
		b = b.DataLinks(p.links)
	}
	for _, q := range p.queries {
		b = b.WithTarget(q.build())
	}
	return b
}
