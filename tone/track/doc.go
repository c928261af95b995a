// Package track follows every speaker's scores over time, in statement time
// (when a thing was said, not when tonetrack heard of it).
//
// # Windows
//
// For each speaker and tracked dimension (tone.Tracked) the tracker keeps the
// rolling mean over the last hour, the last 24 hours and the last 7 days,
// measured against the tracker's clock. A statement that arrives late or out
// of order lands in the window its own time belongs to.
//
// Memory is bounded per speaker, not per statement: statements are summed
// into buckets (count, sum and sum of squares per dimension) of one minute
// for the last hour and of one hour for the last 8 days; older buckets are
// dropped as the clock moves on. A speaker therefore costs at most 60 minute
// buckets and 192 hour buckets (about 25 KB), however much they say.
// Window edges follow the buckets: "1h" is the current minute and the 59
// before it, "24h" the current hour and the 23 before it, "7d" the current
// hour and the 167 before it. A window's mean is absent when it holds no
// statement. Statements dated in the future are kept and count once their
// time has come.
//
// # Shift
//
// The shift of a dimension says how far the speaker's last 24 hours stand
// from their previous 7 days (the 168 hours before those 24), in units of the
// spread of their individual statements over those 7 days:
//
//	shift = (mean_24h − mean_prev7d) / max(sd_prev7d, floor)
//
// This is a z-score of the recent mean against the speaker's own baseline
// (Glass's Δ): +2 means the last day sits two typical statement-to-statement
// differences above the speaker's week before. It does not grow with the
// number of statements, so a talkative speaker is not flagged for talking.
// The floor (5% of the dimension's range: 0.1 for valence, 0.05 for the 0..1
// dimensions, 1 for Goldstein) keeps a speaker who always says the same kind
// of thing from producing huge shifts out of tiny changes. The shift is
// absent unless the last 24 hours hold at least MinRecent statements (3) and
// the previous 7 days at least MinBaseline (5).
package track
