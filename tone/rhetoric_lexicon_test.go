package tone_test

import (
	"strings"
	"testing"
)

// TestRhetoricLexiconReadings checks how the embedded rhetoric lexicon reads
// wire-copy wordings of the CAMEO classes (sentences written for this test,
// not taken from any dev set): each must come out on its side of the
// Goldstein scale, with hostility and cooperation ordered the same way.
func TestRhetoricLexiconReadings(t *testing.T) {
	a := analyzer(t)
	for _, c := range []struct {
		name, text string
		hostile    bool
	}{
		// Inflections that VADER lists for valence only keep their base
		// form's hostility or cooperation.
		{"inflection VADER lists: arrests", "Police made mass arrests in the capital.", true},
		{"inflection VADER lists: apologised", "The government apologised to the families.", false},
		// Conflict actions: what they are done to is not cooperation.
		{"frame: expelled the inspectors", "The government expelled the UN inspectors.", true},
		{"frame: attacked an aid convoy", "Gunmen attacked an aid convoy near the border.", true},
		// Reversals: what they govern is ended or rejected.
		{"reversal: severed diplomatic relations", "The country severed diplomatic relations with its neighbour.", true},
		{"reversal: blocked aid deliveries", "The army blocked aid deliveries to the north.", true},
		{"reversal: turned down the offer of aid", "The government turned down the offer of humanitarian aid.", true},
		{"reversal: pardoned the jailed journalist", "The president pardoned the jailed journalist.", false},
		{"reversal: apologised for the massacre", "The government apologised for the massacre.", false},
		{"reversal: overturned the ban", "The court overturned the ban on the opposition party.", false},
		// Rejecting a demand is defiance, not de-escalation.
		{"reject x ultimatum", "The government flatly rejected the ultimatum.", true},
		// Failed diplomacy.
		{"talks collapsed", "The peace talks collapsed on Monday.", true},
		// Material cooperation and yielding.
		{"handed over", "The rebels handed over their weapons to the peacekeepers.", false},
		{"unfroze", "The government unfroze the assets.", false},
		{"peacekeeping troops", "NATO peacekeeping troops arrived in the capital.", false},
		// Hard cases: negated threats, passive ends, defiance.
		{"threaten no one", "Our missiles are for defence only and threaten no one.", false},
		{"passive: were lifted", "The sanctions on the airline were lifted on Friday.", false},
		{"guns fell silent", "The guns fell silent along the front on Sunday.", false},
		{"ignored the truce, resumed shelling", "The rebels ignored the truce and resumed shelling.", true},
		{"breaching sanctions", "The company was hit with a record fine for breaching sanctions.", true},
		{"not afraid of war", "We are not afraid of war and will not back down.", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := a.Score(c.text).Scores
			if c.hostile && (s.Goldstein >= 0 || s.Hostility <= s.Cooperation) {
				t.Errorf("Score(%q) = goldstein %.2f, hostility %.2f, cooperation %.2f; want hostile", c.text, s.Goldstein, s.Hostility, s.Cooperation)
			}
			if !c.hostile && (s.Goldstein <= 0 || s.Cooperation <= s.Hostility) {
				t.Errorf("Score(%q) = goldstein %.2f, hostility %.2f, cooperation %.2f; want cooperative", c.text, s.Goldstein, s.Hostility, s.Cooperation)
			}
		})
	}
}

// TestRhetoricFalseFriends: words that look like an inflection of a
// lexicon word but are not ("according" is not "accord", "aides" are not
// "aid") score nothing.
func TestRhetoricFalseFriends(t *testing.T) {
	a := analyzer(t)
	for _, text := range []string{
		"According to aides, the minister left early.",
		"Amnesty International published its annual report.",
	} {
		r := a.Score(text)
		if r.Scores.Cooperation != 0 {
			t.Errorf("Score(%q).Cooperation = %.2f (evidence %v); want 0", text, r.Scores.Cooperation, r.Evidence.Terms("cooperation"))
		}
	}
}

// TestBackgroundEndsNegation: a background clause ("after ...") is a clause
// of its own; a reversal before it does not reach into it.
func TestBackgroundEndsNegation(t *testing.T) {
	a := analyzer(t)
	text := "The doctors called off their strike after the government accepted their demands."
	r := a.Score(text)
	for _, d := range []string{"hostility", "cooperation"} {
		for _, e := range r.Evidence.Terms(d) {
			if strings.Contains(e.Term, "called off") && strings.Contains(e.Term, "accepted") {
				t.Errorf("Score(%q) %s evidence has %q; want the reversal to stop at \"after\"", text, d, e.Term)
			}
		}
	}
	if r.Scores.Goldstein <= 0 {
		t.Errorf("Score(%q).Goldstein = %.2f; want > 0", text, r.Scores.Goldstein)
	}
}

// TestMetaphoricalFight: the fight against poverty scores no hostility; a
// fight for a city does.
func TestMetaphoricalFight(t *testing.T) {
	a := analyzer(t)
	if s := a.Score("The fight against poverty will continue.").Scores; s.Hostility != 0 {
		t.Errorf("fight against poverty: hostility %.2f; want 0", s.Hostility)
	}
	if s := a.Score("The fight for the city will continue.").Scores; s.Hostility <= 0 {
		t.Errorf("fight for the city: hostility %.2f; want > 0", s.Hostility)
	}
}
