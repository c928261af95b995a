package extract

import "strings"

// capsLead drops the words in capitals that open a name run when a wire
// story sets its first words in capitals ("MANCHESTER UNITED MANAGER Ole
// Gunnar Solskjaer fears ...", "NEW YORK CITY MAYOR Jane Roe said"): two or
// more words in capitals, then a name in ordinary capitalisation. An
// acronym alone or two short ones ("NATO Secretary General X", "SNP MSP
// X") are left to the title and affiliation rules, and a name written all in capitals ("JANE
// ROE") has no ordinary word after it, so it stays.
func capsLead(run []tok) []tok {
	n, long := 0, false
	for n < len(run) && run[n].word && len(run[n].s) >= 2 && isCapitals(run[n].s) {
		long = long || len(run[n].s) >= 5
		n++
	}
	if n < 2 || n >= len(run) || !long && n < 3 {
		// ("SNP MSP Mary Lane": a body's acronym and a title's)
		return run
	}
	rest := run[n:]
	if !rest[0].up || isCapitals(rest[0].s) {
		return run
	}
	return rest
}

// epithetPerson returns the person a sports epithet ("the United boss",
// "the England winger") stands for: the last person named before pos whose
// name is not the team or country of the epithet itself (mods, the words
// between "the" and the noun). A club named like a person ("Manchester
// United" read as a name) is the boss's team, never the boss.
func (r *reader) epithetPerson(mods []tok, pos int) string {
	for i := len(r.ment) - 1; i >= 0; i-- {
		m := r.ment[i]
		if m.pos >= pos {
			continue
		}
		team := false
		for _, t := range mods {
			for _, w := range strings.Fields(m.name) {
				if strings.EqualFold(w, t.s) {
					team = true
				}
			}
		}
		if !team {
			return m.name
		}
	}
	return ""
}
