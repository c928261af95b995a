package stream

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"
)

// BenchmarkPublishConsume measures the whole path on one replica: publish
// 1,000 statements to their partitions (acks awaited), consume them, score
// and commit them to a real SQLite store.
func BenchmarkPublishConsume(b *testing.B) {
	s := startNATS(b)
	cfg := norm(b, Config{Partitions: 8})
	r := startReplica(b, s, cfg, nil)
	pub := publisher(b, s, cfg)
	const batch = 1000
	var size int64
	for _, st := range statements(batch, 50) {
		line, _ := json.Marshal(st)
		size += int64(len(line) + 1)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	round := 0
	for b.Loop() {
		round++
		sts := statements(batch, 50)
		for i := range sts {
			sts[i].Text = fmt.Sprintf("%s Round %d.", sts[i].Text, round)
			sts[i].ID = ""
		}
		if _, err := pub.Statements(b.Context(), sts); err != nil {
			b.Fatal(err)
		}
		want := int64(round * batch)
		deadline := time.Now().Add(time.Minute)
		for r.count(b) < want {
			if time.Now().After(deadline) {
				b.Fatalf("stored %d of %d", r.count(b), want)
			}
			time.Sleep(time.Millisecond)
		}
	}
	b.ReportMetric(float64(round*batch)/b.Elapsed().Seconds(), "statements/s")
}

// BenchmarkDecodeStatements measures reading a 1,000-line message.
func BenchmarkDecodeStatements(b *testing.B) {
	var body []byte
	for _, st := range statements(1000, 50) {
		line, _ := json.Marshal(st)
		body = append(append(body, line...), '\n')
	}
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DecodeStatements(body); err != nil {
			b.Fatal(err)
		}
	}
}
