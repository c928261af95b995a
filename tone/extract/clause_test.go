package extract

import "testing"

// TestClauseShapes checks the sentence and clause structure of reported
// speech on invented sentences, each in the shape of a pattern found in real
// published news: where a reported clause starts and ends, and which verbs
// and patterns attribute one.
func TestClauseShapes(t *testing.T) {
	type st = wantStmt
	for _, tc := range []struct {
		name, text string
		want       []st
	}{
		{"a partial quote, then a second clause after and that with a passive speech verb in it",
			"Karl Dahl said the injured sailors are “doing well,” and that he wasn’t aware of any being admitted to the ward as of Sunday.",
			[]st{{"Karl Dahl", Indirect, "the injured sailors are “doing well,” and that he wasn’t aware of any being admitted to the ward as of Sunday", ""}}},
		{"a doubled that before the clause's subject",
			"Karl Dahl announced that that the quotas had to stay until spring. Ana Holm said that that plan had failed.",
			[]st{{"Karl Dahl", Indirect, "the quotas had to stay until spring", ""}, {"Ana Holm", Indirect, "that plan had failed", ""}}},
		{"a court rules and a judge determines; a plain verb after a plural noun is the clause's verb",
			"Fishermen, not ministers, get to decide whether a boat may sail, the Oslo Court of Appeal ruled on Monday. The court ruled that the ban was legal and ruled out a retrial. Quota rules give that power to the harbour board, the Oslo Court of Appeal said. District Judge Mary Olsen fined the firm. The judge determined that the firm had broken the rules and that its excuse was weak. She was determined to finish the case.",
			[]st{{"Oslo Court of Appeal", Indirect, "Fishermen, not ministers, get to decide whether a boat may sail", ""}, {"Oslo Court of Appeal", Indirect, "the ban was legal", ""}, {"Oslo Court of Appeal", Indirect, "Quota rules give that power to the harbour board", ""}, {"Mary Olsen", Indirect, "the firm had broken the rules and that its excuse was weak", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFind(t, Article{Text: tc.text}, tc.want)
		})
	}
}
