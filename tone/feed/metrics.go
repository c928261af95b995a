package feed

import (
	"errors"
	"fmt"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

type metrics struct {
	items       *prometheus.CounterVec
	errors      *prometheus.CounterVec
	lastSuccess *prometheus.GaugeVec
}

func newMetrics(reg prometheus.Registerer, feeds []Feed) (*metrics, error) {
	m := &metrics{
		items: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "tone_feed_items_total",
			Help: "Feed items ingested (their statements committed), by feed.",
		}, []string{"feed"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "tone_feed_errors_total",
			Help: "Failed feed polls, page fetches and item ingests, by feed and reason.",
		}, []string{"feed", "reason"}),
		lastSuccess: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "tone_feed_last_success_timestamp_seconds",
			Help: "Unix time of the last poll that fetched and parsed the feed (or got 304), by feed.",
		}, []string{"feed"}),
	}
	// Series exist from the start, so rate() and alerts see every feed.
	for _, f := range feeds {
		m.items.WithLabelValues(f.Name)
		for _, r := range Reasons {
			m.errors.WithLabelValues(f.Name, r)
		}
	}
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.items, m.errors, m.lastSuccess} {
		if err := reg.Register(c); err != nil {
			var are prometheus.AlreadyRegisteredError
			if errors.As(err, &are) {
				return nil, fmt.Errorf("register feed metrics: %w (one Poller per registry)", err)
			}
			return nil, fmt.Errorf("register feed metrics: %w", err)
		}
	}
	return m, nil
}

func (m *metrics) success(feed string) {
	m.lastSuccess.WithLabelValues(feed).Set(float64(time.Now().UnixNano()) / 1e9)
}
