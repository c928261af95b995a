package stream

import (
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
)

type metrics struct {
	messages *prometheus.CounterVec
	routed   prometheus.Counter
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		messages: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "tone_stream_messages_total",
			Help: "JetStream messages handled, by kind (statements, articles, partition) and result (ok, retry, poison).",
		}, []string{"kind", "result"}),
		routed: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "tone_stream_routed_statements_total",
			Help: "Statements routed from the intake subjects to their speakers' partitions.",
		}),
	}
	for _, k := range []string{"statements", "articles", "partition"} {
		for _, r := range []string{"ok", "retry", "poison"} {
			m.messages.WithLabelValues(k, r)
		}
	}
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.messages, m.routed} {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("register stream metrics: %w", err)
		}
	}
	return m, nil
}
