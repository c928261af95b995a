package extract

import (
	"iter"
	"strings"
)

// clauseAfter finds the reported clause after a speech verb whose group ends
// before token j: "said (that) CLAUSE", "told a meeting ... that CLAUSE",
// "urged both sides to ...". It returns byte offsets.
func (r *reader) clauseAfter(p *para, st *sent, j, cls int) (int, int, bool) {
	ts := p.ts
	if j >= st.b {
		return 0, 0, false
	}
	if j+1 < st.b && ts[j].word && !ts[j].up && ts[j].q < 0 && strings.HasSuffix(ts[j].low, "ly") && len(ts[j].low) >= 4 && ts[j+1].low == "that" && ts[j+1].q < 0 {
		// "declared flatly that ...", "said only that ...": the manner
		// adverb before "that" is no part of the clause
		j++
	}
	start := -1
	needVerb := false
	if cls == vQuote && askedToDo(ts, st, j) {
		// "the union asked its members to stay put": a request, as
		// after "urged"
		cls = vUrge
	}
	if cls == vSay && warnedObjectTo(ts, st, j) {
		// "warned the government to brace for more strikes": a warning
		// to someone to act, read as after "urged" (pagerules.go)
		cls = vUrge
	}
	if cls == vTell && toldObjectTo(ts, st, j) {
		// "told party loyalists to ignore the moves": an order to
		// someone, read as after "urged" (verb.go)
		cls = vUrge
	}
	if cls == vSay && (isAudience(ts, st, j) && !auxAfterAudience(ts, st, j) || modifiedAudience(ts, st, j)) {
		// "warned lawmakers (that) the deficit would grow": an audience,
		// as after "told"
		cls = vTell
	}
	// "that" within a short adjunct: "told a meeting of military officials
	// this week that"
	limit := j + 14
	for k := j; k < st.b && k < limit; k++ {
		t := ts[k]
		if t.s == "," && t.q < 0 && k > j && k+1 < st.b && isNameTok(ts[k+1]) && k > j+2 && ts[k-1].up && listOfNames(ts, k, st.b) {
			// "after a meeting with his counterparts from France, Germany
			// and Italy that": a list of names in the adjunct
			limit += 3
			continue
		}
		if t.s == "," && t.q < 0 && k >= j {
			// "said in a post on X, formerly Twitter, that", "said,
			// however, that": a short parenthesis just before "that"
			m := k + 1
			for m < st.b && m < k+6 && ts[m].word && ts[m].q < 0 && !auxWords[ts[m].low] {
				m++
			}
			if m > k+1 && m+1 < st.b && ts[m].s == "," && ts[m+1].low == "that" {
				k = m
				continue
			}
		}
		if qi := p.quoteAt(k); qi >= 0 && k > j {
			// `said on CNN's "State of the Union" that`: a programme's
			// or paper's title in the adjunct
			e := k
			for e < st.b && ts[e].q == qi {
				e++
			}
			content := strings.TrimSpace(r.norm[p.qs[qi].From:p.qs[qi].To])
			if e < st.b && (ts[e].low == "that" || adjunctStart[ts[e].low]) && len(strings.Fields(content)) <= 6 && content != "" && strings.ToUpper(content[:1]) == content[:1] && !strings.ContainsAny(content, ".,!?") {
				k = e - 1
				continue
			}
		}
		if t.s == "(" && t.q < 0 && k > j && k+2 < st.b && ts[k+2].s == ")" && ts[k+1].word && strings.ToUpper(ts[k+1].s) == ts[k+1].s {
			// "told the Middle East News Agency (MENA) that": an acronym
			k += 2
			continue
		}
		if t.q >= 0 || (!t.word && t.s != "'" && t.s != "’") || auxWords[t.low] {
			break
		}
		if _, ok := speechVerbs[t.low]; ok && k > j && !(documentNouns[ts[k-1].low] || venueNouns[ts[k-1].low]) {
			// (but "said in a statement posted on Telegram that": a
			// participle of the adjunct)
			break
		}
		if t.low == "about" || t.low == "how" || t.low == "what" {
			// "wrote about the fear that ...": a relative clause
			break
		}
		if t.low == "to" && (cls == vTell || cls == vUrge) && k > j && k+1 < st.b && ts[k+1].word && !ts[k+1].up && ts[k+1].q < 0 && !determiners[ts[k+1].low] && !possessiveDets[ts[k+1].low] {
			// "told party loyalists to ignore the moves but ensure that
			// they vote": the "that" is inside the request
			break
		}
		if t.low == "that" {
			if k > j && othersContent[ts[k-1].low] {
				// "expressed concern over reports that ...": the clause is
				// the reports', not the speaker's
				break
			}
			if k+1 < st.b {
				start = k + 1
			}
			if k+2 < st.b && ts[k+1].low == "that" && ts[k+1].q < 0 && (determiners[ts[k+2].low] || subjectPronouns[ts[k+2].low] || ts[k+2].low == "they" || ts[k+2].low == "we") {
				// "announced that that the EU had to": a doubled "that"
				// (not "said that that plan had failed")
				start = k + 2
			}
			break
		}
		if t.low == "to" && k == j && k+1 < st.b && (isNameTok(ts[k+1]) || ts[k+1].low == "the" || audienceNouns[ts[k+1].low] || possessiveDets[ts[k+1].low]) && (cls == vSay || cls == vThat) {
			// "confirmed to Reuters that", "admitted to reporters that":
			// the audience, then "that"
			continue
		}
		if (cls == vSay || cls == vThat) && k == j && !adjunctStart[t.low] && !timeWords[t.low] && !(cls == vThat && stanceWords[t.low]) && !(cls == vSay && adverbBeforeThat(ts, st, j)) {
			// (not "revealed a plan that was ...": a relative clause)
			break
		}
	}
	if start < 0 && cls == vTell {
		// "told reporters the government would ...": an audience, then a
		// clause without "that"
		k := j
		switch {
		case k < st.b && (audienceNouns[ts[k].low] || objectPronouns[ts[k].low]):
			// "told reporters the ...", "told him the alliance was strong"
			k++
		case k < st.b && ts[k].low == "the" && k+1 < st.b && audienceNouns[ts[k+1].low]:
			k += 2
		case k+1 < st.b && ts[k].word && !ts[k].up && ts[k].q < 0 && (unnamedMediaMods[ts[k].low] || ts[k].low == "state") && mediaNouns[ts[k+1].low]:
			// "told state media the talks ...", "told local television"
			k += 2
		case k < st.b && ts[k].low == "the" && k+1 < st.b && isNameTok(ts[k+1]):
			// "told The New York Times the ..."
			k += 1 + len(runRight(ts, k+1))
		case possessiveAudience(ts, st, k):
			// "told his lawyers he feared ...", "told her family the
			// house was lost" (shapes.go)
			k += 2
		case k+1 < st.b && possessiveDets[ts[k].low] && audienceNouns[ts[k+1].low]:
			// "told his supporters the ..."
			k += 2
		case k < st.b && isNameTok(ts[k]):
			run := runRight(ts, k)
			k += len(run)
			if k+1 < st.b && isDigits(ts[k].s) && isNameTok(ts[k+1]) && ts[k].start == ts[k-1].end+1 {
				// "told Region 8 News he ...", "told Channel 4 News": a
				// broadcaster's name with its number
				run = runRight(ts, k+1)
				k += 1 + len(run)
			}
			if isPossessive(run[len(run)-1]) {
				// "told Iran's state media it was too early": the owner,
				// then the audience's lower-case words
				last := -1
				for m := k; m < st.b && m < k+4 && ts[m].word && !ts[m].up && ts[m].q < 0 && !pronounWord(ts[m].low) && !auxWords[ts[m].low] && ts[m].low != "that"; m++ {
					if audienceNouns[ts[m].low] || mediaNouns[ts[m].low] {
						last = m
					}
				}
				if last >= 0 {
					k = last + 1
				}
			}
		case k+2 < st.b && (ts[k].low == "a" || ts[k].low == "an" || ts[k].low == "the" || possessiveDets[ts[k].low]):
			// "told a staff pension forum the public should ...": an
			// audience with its modifiers
			last := -1
			for m := k + 1; m < st.b && m < k+6 && (ts[m].word || m > k+1 && (ts[m].s == "'" || ts[m].s == "’")) && ts[m].q < 0 && !ts[m].up && !determiners[ts[m].low] && !pronounWord(ts[m].low) && !auxWords[ts[m].low] && ts[m].low != "that"; m++ {
				if audienceNouns[ts[m].low] {
					// the last of "staff pension forum"
					last = m
				}
			}
			if last < 0 {
				return 0, 0, false
			}
			k = last + 1
		default:
			return 0, 0, false
		}
		for n := 0; n < 2 && k+1 < st.b; n++ {
			// "told reporters in Budapest the ...", "told reporters on
			// Tuesday the ...": a place or a day between audience and clause
			if (ts[k].low == "in" || ts[k].low == "at") && isNameTok(ts[k+1]) {
				k += 1 + len(runRight(ts, k+1))
			} else if e := timeAdjunctEnd(ts, st, k); e > k {
				k = e
			} else {
				break
			}
		}
		if k < st.b && ts[k].word && ts[k].q < 0 && !adjunctStart[ts[k].low] && ts[k].low != "to" && ts[k].low != "of" && !auxWords[ts[k].low] {
			w := k + 8
			for m := k + 1; m < w && m < st.b; m++ {
				// "told reporters the suspects, aged 19 and 22, were
				// detained": an aside inside the subject widens the window
				if ts[m].s == "," && ts[m].q < 0 {
					for n := m + 1; n < st.b && n < m+8; n++ {
						if ts[n].s == "," {
							w += n - m + 1
							break
						}
					}
					break
				}
			}
			if end := r.clauseEnd(p, st, k); end > k && hasFiniteVerb(ts[k:min(end, w)]) {
				a, b := clauseBytes(ts, st, k, end)
				return a, b, true
			}
		}
		return 0, 0, false
	}
	if start < 0 && cls == vThat && bareClauseVerbs[ts[j-1].low] && determiners[ts[j].low] {
		// "alleged the vote had been rigged", "police claim the fire was
		// set": a noun phrase, then its auxiliary (not "revealed the plan")
		for k := j + 1; k < st.b && k <= j+7; k++ {
			if !ts[k].word || ts[k].q >= 0 || ts[k].low == "that" || ts[k].low == "which" || ts[k].low == "who" {
				break
			}
			if auxWords[ts[k].low] {
				start = j
				needVerb = true
				break
			}
		}
	}
	if start < 0 && cls == vThat && bareClauseVerbs[ts[j-1].low] && !objectFirstVerbs[ts[j-1].low] && j+1 < st.b && clausePronouns[ts[j].low] && ts[j].q < 0 && auxWords[ts[j+1].low] && ts[j+1].q < 0 {
		// "mentioned it was not an easy task", "alleged he had been
		// beaten": a subject pronoun and its auxiliary
		start = j
		needVerb = true
	}
	if start < 0 && cls == vQuote && (ts[j-1].low == "wrote" || ts[j-1].low == "writes") && writtenClause(ts, st, j) {
		// "wrote the ceasefire had been violated", "wrote inflation was
		// likely to ease": a clause without "that" (not "wrote a letter
		// to the board", "wrote about the fear")
		start = j
		needVerb = true
	}
	if start < 0 && cls == vUrge && subjunctiveBe(ts, j, st.b) {
		// "demanded the election be held again" (pagerules.go)
		start = j
	}
	if start < 0 {
		switch cls {
		case vTell, vReport, vQuote, vThat:
			return 0, 0, false
		case vUrge:
			// "urged the Philippines to stop": object and infinitive
			if !pressObject(ts, st, j) {
				return 0, 0, false
			}
			to := -1
			for k, w := j, j+16; k < st.b && k < w; k++ {
				if ts[k].low == "to" && ts[k].q < 0 {
					to = k
					break
				}
				if e := describedObjectEnd(ts, k, st.b); e > k {
					// "called on the commission, widely criticised for
					// bias, to hold new polls": the object's description
					w += e - k
					k = e
					continue
				}
				if !ts[k].word && !urgedObjectMark(ts, k) {
					break
				}
				if !ts[k].word {
					// "urged the Organization of Petroleum Exporting
					// Countries (OPEC) and its largest member, Saudi
					// Arabia to": an acronym or a named appositive in
					// the object (pagerules.go)
					w++
				}
			}
			if to <= j {
				return 0, 0, false
			}
			start = j
		case vSay:
			t := ts[j]
			switch {
			case p.quoteAt(j) >= 0:
				// she said "a few" had: a partial quote opens the clause
				start = j
				needVerb = true
			case t.s == ":" && t.q < 0 && j+1 < st.b && ts[j+1].word && ts[j+1].q < 0 && !ts[j+1].up:
				// "said: the plan is dead and ...": a clause after a
				// colon, without quote marks (lower case: not a label)
				start = j + 1
				needVerb = true
			case t.low == "this" && j+1 < st.b && !timeWords[ts[j+1].low] && !dayWords[ts[j+1].low] && hasFiniteVerb(ts[j+1:min(st.b, j+3)]):
				// "said this includes new ponds": "this" is the clause's
				// subject, not "this week"
				start = j
				needVerb = true
			case commaAdjunct(ts, st, j):
				// "said, despite the change in conditions, the group was
				// sound" (pagerules.go)
				start = j + 1
				needVerb = true
			case commaClause(ts, st, j) > j:
				// "The spokesperson said, the official is well advised
				// to ...", "He said, as always, this is an effort to ...":
				// a comma for "that"
				start = commaClause(ts, st, j)
				needVerb = true
			case !t.word || t.q >= 0:
				return 0, 0, false
			case t.low == "no" && noClause(ts[j+1:min(st.b, j+6)]):
				// "said no meeting had been arranged"
				start = j
				needVerb = true
			case t.low == "of" && adjunctComma(ts, st, j) > j:
				// "said of the 43 suspected cases, 16 were confirmed": the
				// phrase is part of what was said
				start = j
				needVerb = true
			case t.low == "to" || t.low == "of" || t.low == "so" || t.low == "yes" || t.low == "no" || t.low == "goodbye" || t.low == "hello":
				return 0, 0, false
			case t.low == "at" && j+1 < st.b && (ts[j+1].low == "least" || ts[j+1].low == "most"):
				// "said at least 40 civilians were killed": a number, not
				// an adjunct
				start = j
				needVerb = true
			case subordinateReport(ts, st, j):
				// "said while 34 cases were reported, 17 were still in
				// hospital": a subordinate clause, then the main one, all
				// reported (pagerules.go)
				start = j
				needVerb = true
			case opinionAdjunct(ts, st, j):
				// "said in his opinion the structure is sound": the
				// speaker's own hedge opens the clause (shapes.go)
				start = j
				needVerb = true
			case thenAdjunctEnd(ts, st, j) > j:
				// "said at the time the suspect was ..." (pagerules.go)
				start = thenAdjunctEnd(ts, st, j)
				needVerb = true
			case (adjunctStart[t.low] || timeWords[t.low]) && timeAdjunctEnd(ts, st, j) > j:
				// "said on Wednesday the plan would fail", "said Tuesday
				// the company would": a day, then the clause
				start = timeAdjunctEnd(ts, st, j)
				needVerb = true
			case adjunctStart[t.low] || timeWords[t.low]:
				// "saying at a Thursday meeting ... North Korea must be": find
				// the clause's subject before its first auxiliary
				k := j
				for k < st.b && k < j+16 && ts[k].q < 0 && ts[k].s != "," && !auxWords[ts[k].low] {
					k++
				}
				if c := adjunctComma(ts, st, j); c > j {
					// "said in the past 24 hours, two dam breaks were
					// prevented": a phrase of the clause's own, then its
					// subject; "said in a statement, the army had ...":
					// where it was said, not part of it
					start = j
					if venueIn(ts[j:c]) || timeOnly(ts[j:c]) {
						start = c + 1
					}
					needVerb = true
					break
				}
				if k >= st.b || !auxWords[ts[k].low] {
					return 0, 0, false
				}
				s := k
				for s-1 > j && (isNameTok(ts[s-1]) || pronounWord(ts[s-1].low)) {
					s--
				}
				if s == k {
					// "said in a radio interview the bank would ...": the
					// clause opens after the venue noun
					for m := k - 1; m > j; m-- {
						if venueNouns[ts[m].low] {
							if m+1 < k && !adjunctStart[ts[m+1].low] && !timeWords[ts[m+1].low] && ts[m+1].low != "with" {
								s = m + 1
							}
							break
						}
					}
				}
				if s == k {
					return 0, 0, false
				}
				start = s
			default:
				if (t.low == "a" || t.low == "an" || reflexives[t.low]) && (ts[j-1].low == "declared" || ts[j-1].low == "declares" || ts[j-1].low == "declaring") {
					// "declared a state of emergency as ...": an act on
					// an object, not a reported clause
					return 0, 0, false
				}
				if actionVerbs[ts[j-1].low] && objectWithRelative(ts, j, st.b) {
					// "announced the arrest of people who spread rumours":
					// the act's object (pagerules.go)
					return 0, 0, false
				}
				if (t.low == "a" || t.low == "an") && !plainSay[ts[j-1].low] && relativeFirst(ts[j:min(st.b, j+12)]) {
					// "suggested a deal that would be signed": a noun
					// with a relative clause, not a reported clause
					return 0, 0, false
				}
				start = j
				needVerb = true
			}
		}
	}
	if start >= 0 && start+1 < st.b && (ts[start].s == "," || ts[start].s == ":" && ts[start+1].q >= 0) && ts[start].q < 0 {
		// "said that, in her view, the talks had failed"; "told them
		// that: "Q."" (the quote is the clause)
		start++
	}
	if start < 0 || start >= st.b {
		return 0, 0, false
	}
	end := r.clauseEnd(p, st, start)
	if end <= start {
		return 0, 0, false
	}
	if subjectless(ts, start, end) && cls != vUrge {
		// "objected to what she said was an unfair fine", "reported
		// profits that beat forecasts": a verb with no subject of its own
		// is a relative clause's, no reported clause
		return 0, 0, false
	}
	if ts[start].low == "whether" && ts[start].q < 0 && cls != vUrge {
		// "remarked whether it matters to the result": an indirect
		// question, no statement (no gold clause opens with it), unless
		// a main clause follows its comma ("whether or not it passes,
		// the port will open")
		c := start + 1
		for c < end && ts[c].s != "," {
			c++
		}
		if c >= end-1 {
			return 0, 0, false
		}
	}
	if needVerb && !hasFiniteVerb(ts[start:end]) {
		return 0, 0, false
	}
	if needVerb && cls == vSay && coordinatedPredicate(ts, start, end) {
		// "conceded defeat and congratulated his rival", "cited strong
		// competition and named Acme its rival": the verb's object, then
		// the speaker's next act, no reported clause
		return 0, 0, false
	}
	a, b := clauseBytes(ts, st, start, end)
	return a, b, true
}

// writtenClause reports whether the words at j, right after "wrote", are a
// clause's subject and then its auxiliary within a few words: a pronoun
// ("wrote he would resign"), or a noun phrase of plain words, names and
// numbers with no preposition but "of" or "than" and no relative word
// ("wrote the ceasefire had been violated", "wrote more than 200 people
// had fled"); not "wrote a letter to the board", "wrote about the fear",
// "wrote the book that was ...".
func writtenClause(ts []tok, st *sent, j int) bool {
	if j+1 >= st.b || ts[j].q >= 0 || !ts[j].word {
		return false
	}
	if clausePronouns[ts[j].low] || ts[j].low == "i" {
		return auxWords[ts[j+1].low] && ts[j+1].q < 0
	}
	if adjunctStart[ts[j].low] || objectPronouns[ts[j].low] || auxWords[ts[j].low] || speechVerbs[ts[j].low] != 0 {
		return false
	}
	for k := j + 1; k < st.b && k <= j+6; k++ {
		t := ts[k]
		if auxWords[t.low] && t.q < 0 {
			return true
		}
		if t.q >= 0 || !(t.word || isDigits(t.s)) || t.low == "that" || t.low == "which" || t.low == "who" || t.low == "and" || t.low == "to" ||
			adjunctStart[t.low] && t.low != "of" || t.low == "about" || pastForm(t.low) {
			return false
		}
	}
	return false
}

// adjectiveList reports whether the -ing word at k, after a comma, is one
// of a list of adjectives that closes the sentence: "and" or "or" and one
// last word follow it, then the sentence's end ("are contrary to facts,
// misleading and fictitious", "was unfair, damaging and wrong"); a
// participle takes an object or an adjunct instead.
func adjectiveList(ts []tok, k, end int) bool {
	if k+3 > end || ts[k].q >= 0 || (ts[k+1].low != "and" && ts[k+1].low != "or") || ts[k+1].q >= 0 {
		return false
	}
	last := ts[k+2]
	if !last.word || last.up || last.q >= 0 || determiners[last.low] || pronounWord(last.low) || objectPronouns[last.low] {
		return false
	}
	return k+3 == end || k+4 == end && (ts[k+3].s == "." || ts[k+3].s == "!")
}

// orgShaped reports whether one capitalised word is shaped as a body's
// name: an acronym ("VCU") or a compound ending in a body's word
// ("Nordbank", "Eurogroup", "Swisscom"; not "Kim").
func orgShaped(w string) bool {
	if len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w {
		return true
	}
	low := strings.ToLower(w)
	for _, suf := range []string{"bank", "group", "corp", "energy", "air", "tel", "com", "tech", "soft", "net", "pharma", "media"} {
		if len(low) > len(suf)+2 && strings.HasSuffix(low, suf) {
			return true
		}
	}
	return false
}

// pressObject reports whether the words after "pressed" (a verb of urging
// only with a person or body pressed: "pressed the government to release
// them", "pressed both sides to return") are such an object and a "to"
// within a few words, with no verb or "and" between them; not "pressed
// ahead with plans to", "pressed charges", "pressed them and caused ...".
// Any other verb passes.
func pressObject(ts []tok, st *sent, j int) bool {
	if j < 1 || ts[j-1].low != "pressed" {
		return true
	}
	if j >= st.b || ts[j].q >= 0 || !(determiners[ts[j].low] || possessiveDets[ts[j].low] || objectPronouns[ts[j].low] || isNameTok(ts[j]) || clauseQuantifiers[ts[j].low] || audienceNouns[ts[j].low]) {
		return false
	}
	for k := j + 1; k < st.b && k < j+8; k++ {
		t := ts[k]
		if t.low == "to" && t.q < 0 {
			return true
		}
		if !t.word || t.q >= 0 || t.low == "and" || auxWords[t.low] || pastForm(t.low) {
			return false
		}
	}
	return false
}

// commaClause returns where the reported clause starts when the comma at
// ts[j], right after a speech verb in the present or past that a short
// subject opens the sentence with ("He said,", "The ministry spokesperson
// said,": no comma or quote before it, so no clause an attribution
// closes), stands for "that"; else -1. A clause with a subject of its own
// (an article, a pronoun, a quantifier, a name or a number, then a finite
// verb) follows the comma, perhaps after an aside a preposition or "as"
// opens ("said, as always, this is ...", "said, with regard to the
// message, no such message was sent": the aside is the speaker's) or a
// sentence adverb ("said, however, the talks ...": the adverb is the
// journalist's and stays out). Not "said, adding that", "said, citing
// ...", "said, according to ...": a participle or a source.
func commaClause(ts []tok, st *sent, j int) int {
	if ts[j].s != "," || ts[j].q >= 0 || j+3 >= st.b || j-1 <= st.a || j-1-st.a > 7 {
		return -1
	}
	if v := ts[j-1]; !v.word || v.q >= 0 || speechVerbs[v.low] != vSay || strings.HasSuffix(v.low, "ing") {
		return -1
	}
	for _, t := range ts[st.a : j-1] {
		if !t.word && t.s != "." && t.s != "'" && t.s != "’" || t.q >= 0 {
			return -1
		}
	}
	opens := func(k int) bool {
		n := ts[k]
		if !n.word || n.q >= 0 {
			return false
		}
		if !(determiners[n.low] || clausePronouns[n.low] || clauseQuantifiers[n.low] || isDigits(n.s) || isNameTok(n) && !leadWords[n.low] && !speechVerbLike(n.low)) {
			return false
		}
		e := k + 1
		for e < st.b && e < k+12 && ts[e].s != "," && ts[e].q < 0 {
			e++
		}
		return hasFiniteVerb(ts[k+1 : e])
	}
	n := ts[j+1]
	if opens(j + 1) {
		return j + 1
	}
	if !n.word || n.q >= 0 || n.up || !(adjunctStart[n.low] || sentenceAdverbs[n.low] || n.low == "as" || n.low == "despite" || n.low == "given") {
		return -1
	}
	for m := j + 2; m < st.b && m < j+16; m++ {
		if ts[m].q >= 0 {
			return -1
		}
		if ts[m].s == "," {
			if m+2 >= st.b || !opens(m+1) {
				return -1
			}
			if sentenceAdverbs[n.low] {
				return m + 1
			}
			return j + 1
		}
	}
	return -1
}

// clauseQuantifiers, besides articles and pronouns, open a clause's
// subject: "said, no such message was sent", "said, some 40 people died".
var clauseQuantifiers = set(`there this these those i no some many most all both each every several`)

// adverbBeforeThat reports whether the lower-case word at j, right after a
// verb of saying ("said", "warned"; not one that takes an object, such as
// "expressed relief that"), is an adverb of the telling that "that" follows, alone or
// before an adjunct ("said backstage that", "insisted afterwards in a
// radio interview that"), and a clause with a subject of its own opens
// after the "that". A noun with a relative clause after it is no such
// word: "revealed a plan that was ...", "said things that hurt" (the verb
// follows "that" at once), "said nothing that ..." (an object pronoun).
func adverbBeforeThat(ts []tok, st *sent, j int) bool {
	t := ts[j]
	if !t.word || t.up || t.q >= 0 || len(t.low) < 3 || auxWords[t.low] || determiners[t.low] || possessiveDets[t.low] ||
		pronounWord(t.low) || objectPronouns[t.low] || notParticiples[t.low] || othersContent[t.low] || stanceWords[t.low] ||
		t.low == "to" || t.low == "of" || t.low == "no" || t.low == "so" || t.low == "that" || t.low == "much" || t.low == "little" ||
		strings.ContainsAny(t.low, "0123456789") || speechVerbs[t.low] != 0 {
		return false
	}
	for m := j + 1; m < st.b && m < j+10; m++ {
		u := ts[m]
		if u.q >= 0 || auxWords[u.low] || speechVerbs[u.low] != 0 {
			return false
		}
		if u.low == "that" {
			if m+1 >= st.b {
				return false
			}
			n := ts[m+1]
			if n.q >= 0 && m+2 < st.b {
				// "insisted backstage that “a few” had left": a partial
				// quote opens the clause
				return true
			}
			if n.s == "," {
				// "said backstage that, in her view, ..."
				return true
			}
			return n.word && !auxWords[n.low] && !(!n.up && (pastForm(n.low) || shortPast(n.low) || n.low == "to"))
		}
		if !u.word {
			return false
		}
		if m == j+1 && !adjunctStart[u.low] && !timeWords[u.low] {
			// one word, then "that" or an adjunct
			return false
		}
	}
	return false
}

// coordinatedPredicate reports whether ts[start:end], read as the clause
// after a speech verb, is instead the verb's object joined by "and" to a
// second verb of the same subject: no finite verb before an "and" that a
// verb in the past follows, with its own object after it (a determiner,
// an owner or a name: "defeat and congratulated his rival"; not "exports
// and imports rose", "troops and armed police were sent").
func coordinatedPredicate(ts []tok, start, end int) bool {
	for m := start + 1; m+2 < end && m < start+8; m++ {
		t := ts[m]
		if t.q >= 0 || !t.word && t.s != "," {
			return false
		}
		if t.low != "and" {
			continue
		}
		v, o := ts[m+1], ts[m+2]
		if v.up || v.q >= 0 || !pastForm(v.low) {
			return false
		}
		if o.q >= 0 || !(determiners[o.low] || possessiveDets[o.low] || isNameTok(o)) {
			return false
		}
		return !hasFiniteVerb(ts[start:m])
	}
	return false
}

// clauseBytes returns the byte span of the clause ts[s:end] in sentence st:
// from its first token's start to its last token's end, or to the
// sentence's own end (st.end) when the clause runs to the sentence's last
// token.
func clauseBytes(ts []tok, st *sent, s, end int) (int, int) {
	b := ts[end-1].end
	if end == st.b {
		b = st.end
	}
	return ts[s].start, b
}

// listOfNames reports whether the comma at ts[k] parts the items of a list
// of names that ends with "and NAME": "France, Germany and Italy".
func listOfNames(ts []tok, k, end int) bool {
	for m := k + 1; m < end && m < k+12; m++ {
		t := ts[m]
		switch {
		case t.q >= 0:
			return false
		case t.s == ",":
			if m+1 >= end || !isNameTok(ts[m+1]) {
				return false
			}
		case t.low == "and":
			return m+1 < end && isNameTok(ts[m+1])
		case !isNameTok(t):
			return false
		}
	}
	return false
}

// nestedThat reports whether the speech verb at m, after a comma inside a
// reported clause, has a that-clause of its own ("In its reaction, the
// party had said that the figures were not credible"): a report inside the
// clause, not the attribution that closes it (", the minister said that
// day" still closes it).
func nestedThat(ts []tok, m, end int) bool {
	return m+2 < end && ts[m+1].low == "that" && ts[m+1].q < 0 && !timeWords[ts[m+2].low] && ts[m+2].low != "day" && ts[m+2].s != "," && ts[m+2].s != "."
}

// adjunctComma returns the comma closing a short phrase that opens at j
// right after a speech verb ("said in the past 24 hours, ...", "said during
// the exchange, ...", "said of the 43 cases, ...") when a clause with a
// subject and a finite verb of its own follows it; else -1. The phrase has
// no quote, auxiliary, speech verb or "that"; the word after the comma is
// no participle ("said in a statement, adding that ...").
func adjunctComma(ts []tok, st *sent, j int) int {
	c := -1
	for k := j + 1; k < st.b && k < j+12; k++ {
		t := ts[k]
		if t.q >= 0 || auxWords[t.low] || t.low == "that" {
			return -1
		}
		if _, ok := speechVerbs[t.low]; ok {
			return -1
		}
		if t.s == "," && !thousandsComma(ts, k) {
			c = k
			break
		}
		if !t.word && t.s != "-" && t.s != "'" && t.s != "’" {
			return -1
		}
	}
	if c < 0 || c+2 >= st.b {
		return -1
	}
	n := ts[c+1]
	if !n.word || n.q >= 0 || strings.HasSuffix(n.low, "ing") || auxWords[n.low] || clauseBreakers[n.low] || adjunctStart[n.low] || clauseOpeners[n.low] || notSubjects[n.low] {
		// (not "said on Saturday, as rescuers searched ...": the
		// journalist's frame)
		return -1
	}
	if _, ok := speechVerbs[n.low]; ok {
		return -1
	}
	e := c + 1
	for e < st.b && (ts[e].s != "," || thousandsComma(ts, e)) && ts[e].q < 0 {
		// ("said in a relief operation, some 20,000 soldiers arrived")
		e++
	}
	if !hasFiniteVerb(ts[c+1 : e]) {
		return -1
	}
	return c
}

// timeOnly reports whether a phrase is only the time of the saying: "on
// Monday", "late on Friday", "this week", "yesterday".
func timeOnly(ts []tok) bool {
	for _, t := range ts {
		switch {
		case timeWords[t.low] || dayWords[t.low]:
		case t.low == "on" || t.low == "late" || t.low == "early" || t.low == "last" || t.low == "this" || t.low == "next" || t.low == "today" || t.low == "yesterday" || t.low == "tonight" || t.low == "earlier" || t.low == "later":
		default:
			return false
		}
	}
	return len(ts) > 0
}

// notSubjects never open a clause's subject: conjunctions, relatives and
// subordinators.
var notSubjects = set(`and but or nor so then which who whom whose where whereby although though because unless until
prompting sparking bringing`)

// venueIn reports whether a phrase names where words were said: "in a
// statement", "at a news conference", "in an interview with the BBC".
func venueIn(ts []tok) bool {
	for _, t := range ts {
		if venueNouns[t.low] || documentNouns[t.low] {
			return true
		}
	}
	return false
}

// noClause reports whether the words after "said no" make a clause: a noun
// and then an auxiliary ("no meeting had been"), not "said no to".
func noClause(ts []tok) bool {
	if len(ts) < 2 || !ts[0].word || ts[0].q >= 0 || auxWords[ts[0].low] || ts[0].low == "to" {
		return false
	}
	for _, t := range ts[1:] {
		if !t.word || t.q >= 0 {
			return false
		}
		if auxWords[t.low] {
			return true
		}
	}
	return false
}

// clauseEnd returns the token index where a reported clause starting at
// token start ends: the sentence end, or before ", adding", ", according to",
// ", while", "and urged" or a trailing ", X said" (a semicolon goes on: "the
// occupants were home; they made it out safely").
func (r *reader) clauseEnd(p *para, st *sent, start int) int {
	ts := p.ts
	sub := contrastOpening(ts, st, start)
	for k := start; k < st.b; k++ {
		t := ts[k]
		if sub && t.s == "," && t.q < 0 && k+1 < st.b && ts[k+1].low != "and" && ts[k+1].low != "or" && hasFiniteVerb(ts[start:k]) && hasFiniteVerb(ts[k+1:st.b]) {
			// "While the union claims that the strike hurt output, the
			// company says ...": the subordinate clause ends at the comma
			// before the main clause
			return k
		}
		if t.q >= 0 {
			// `to exercise "maximum restraint," warning that`: a comma
			// inside the closing quote mark parts the clause like one outside
			if qi := p.quoteEnding(k); qi >= 0 && k > start && k+1 < st.b && strings.HasSuffix(strings.TrimSpace(r.norm[p.qs[qi].From:p.qs[qi].To]), ",") {
				if n := ts[k+1]; n.q < 0 && n.word && !n.up && (clauseBreakers[n.low] || strings.HasSuffix(n.low, "ing") && !notParticiples[n.low] || journalistCaveat(ts, k+1, st.b)) {
					return k + 1
				}
				if n := ts[k+1]; n.q < 0 && n.word && n.low != "which" && n.low != "who" {
					// `... "the last soldier," the state-run news agency reported.`
					for m := k + 2; m < st.b && m < k+10; m++ {
						if ts[m].q >= 0 || ts[m].s == "," || ts[m].low == "that" {
							// (`are "doing well," and that he was not
							// aware of any being admitted`: a second
							// reported clause, its verbs its own)
							break
						}
						if _, ok := speechVerbs[ts[m].low]; ok && !(auxWords[ts[m-1].low] || ts[m-1].low == "being") {
							return k + 1
						}
					}
				}
			}
			continue
		}
		if t.s == ":" && t.q < 0 && k > start && k+1 < st.b && ts[k+1].q >= 0 {
			// "said the singer had told him what he wanted: \"I want
			// ...\"": the quote after the colon is read on its own
			// (gold over all sets cuts there 1, keeps 0)
			return k
		}
		if k > start+2 && whileActing(ts, k, st.b) {
			// "... while also dismissing the claims": another act
			return k
		}
		if t.low == "in" && k > start+2 && t.q < 0 && venueTail(ts, k, st.b) {
			// "said the vote was fair in a televised address on Sunday":
			// where the words were said, not what
			return k
		}
		if (t.s == "—" || t.s == "–" || t.s == "-") && k > start+2 && k+1 < st.b && t.q < 0 && t.start > ts[k-1].end && dashParticiple(ts[k+1]) && !dashAfter(ts, k+1, st.b) && !closesDashPair(ts, start, k) {
			// (not the dash closing a pair: "in two institutions - the
			// government and the bank - having conflicting views")
			// "... should carry little weight – underlining the belief
			// that ...": another act after a dash, as after a comma
			return k
		}
		if (t.s == "—" || t.s == "–" || t.s == "-") && k > start && k+1 < st.b && (ts[k+1].low == "a" || ts[k+1].low == "an") && !dashAfter(ts, k+1, st.b) {
			// "she would step down — a decision that shocked her party":
			// the journalist's comment after a dash
			return k
		}
		if t.s == "," && k+1 < st.b && !thousandsComma(ts, k) {
			// (a thousands separator parts nothing: "on top of the 3,000
			// job losses announced in May")
			n := ts[k+1]
			if n.q >= 0 {
				continue
			}
			if n.low == "without" && k+2 < st.b && strings.HasSuffix(ts[k+2].low, "ing") {
				// "..., without providing evidence", ", without
				// elaborating": the journalist's remark on the claim
				return k
			}
			if (n.low == "though" || n.low == "although") && hedgeAfter(ts, k+2, st.b) {
				// "..., though a legal challenge appears to offer little
				// hope": the journalist's assessment
				return k
			}
			if journalistCaveat(ts, k+1, st.b) {
				// "..., though it was not immediately clear how badly",
				// ", but it was not possible to verify the claim"
				return k
			}
			if relayTail[n.low] && !n.up && tailOfNames(ts, k+2, st.b) {
				// "..., informs Agerpres.", "..., reports." (the outlet's
				// link dropped): the relaying outlet, not the clause
				return k
			}
			if n.low == "as" && k+3 < st.b && ts[k+2].low == "well" && ts[k+3].low == "as" {
				// "arrested eight men last Wednesday, as well as an
				// undisclosed number of others": the clause goes on
				continue
			}
			if n.low == "also" && !n.up && k+2 < st.b && ts[k+2].q < 0 && strings.HasSuffix(ts[k+2].low, "ing") && !notParticiples[ts[k+2].low] && !casualtyParticiples[ts[k+2].low] {
				// "..., also denying that he made any statement": another
				// act, as after ", denying"
				return k
			}
			if n.low == "as" && k+2 < st.b && (ts[k+2].low == "of" || ts[k+2].low == "part" && k+3 < st.b && ts[k+3].low == "of") {
				// ", as of Monday", ", as part of good neighbourly
				// relations": the speaker's own qualification (gold 2
				// keep, 0 end)
				continue
			}
			if n.low == "as" && k+2 < st.b && ts[k+2].low == "no" && ts[k+2].q < 0 {
				// "the vote was peaceful, as no clash happened": the
				// speaker's reason (gold kept 2, ended 0), not the
				// journalist's "as officials met"
				continue
			}
			if n.low == "as" && shortAside(ts, k, st.b) {
				// "would take place in December, as usual, and that ...",
				// ", as planned, on Monday": a short aside inside the
				// speaker's clause, which goes on after it
				continue
			}
			if clauseBreakers[n.low] && !hasFiniteVerb(ts[start:k]) && parenthesisCloses(ts, k, st.b) {
				// "China and France, as permanent members of the Council,
				// should ...": a parenthesis inside the clause's subject
				continue
			}
			if (n.low == "while" || n.low == "whereas") && contrastGoesOn(ts, k+2, st.b) {
				// "said they are accusing Qatar ..., while they did not
				// act against Iran", ", while the rail network was being
				// steered by ministers": a contrast in the speaker's own
				// terms (its own subject and verb, no speech verb of its
				// own) goes on
				continue
			}
			if n.low == "just" && !timeAfter(ts[k+2:st.b]) && !(k+2 < st.b && (clauseBreakers[ts[k+2].low] || timeSpans[ts[k+2].low])) {
				// "rushed to the scene on Okanagan Ave., just up the street
				// from the hall": "just" parts the clause only before the
				// journalist's timing (", just days after", ", just
				// before the vote", ", just two weeks after")
				continue
			}
			if n.low == "even" && k+2 < st.b && ts[k+2].low == "though" {
				// "received the money, even though he knew ...": a
				// concession the speaker makes, as ", despite ..." (gold
				// kept 1, ended 0; ", even as ..." ends it 2 to 0)
				continue
			}
			if clauseBreakers[n.low] || n.low == "which" && k+2 < st.b && ts[k+2].low == "reported" {
				return k
			}
			if relativeTail(ts, k, st.b) {
				// "..., which it labelled unfair.": the journalist's note
				return k
			}
			if (n.low == "but" || n.low == "though" || n.low == "although") && k+3 < st.b && (ts[k+2].low == "he" || ts[k+2].low == "she") && journalistBut[ts[k+3].low] {
				// "..., though she gave no timeline", "..., but he declined
				// to say when": the journalist's remark on the speaker
				return k
			}
			if n.low == "but" && k+2 < st.b && journalistBut[ts[k+2].low] && !modalGoesOn(ts, k+2, st.b) {
				// (", but would have to break with tradition": the
				// speaker's own modal goes on, gold 18 keep, 0 end, unless
				// "would not say")
				// "..., but did not mention Morozovsk": the journalist's
				// remark on the source
				return k
			}
			if strings.HasSuffix(n.low, "ing") && !notParticiples[n.low] && !n.up && !casualtyParticiples[n.low] && !adjectiveList(ts, k+1, st.b) {
				// (but "the strike hit a house, killing a militant": the
				// toll belongs to the event the speaker reported; and
				// "contrary to facts, misleading and fictitious": a list
				// of adjectives closing the sentence)
				return k
			}
			if !n.up && (strings.HasSuffix(n.low, "ed") || irregularPast[n.low]) && k+2 < st.b && ts[k+2].low == "by" {
				// ", supported by aircraft ...", ", led by ...": a
				// participial phrase
				if !hasFiniteVerb(unhyphenated(ts[start:k])) && parenthesisCloses(ts, k, st.b) {
					// "said the ministers, backed by the farm lobby, had
					// blocked the plan": inside the clause's subject (a
					// compound such as "reform-minded" is no verb)
					continue
				}
				if causeParticiples[n.low] {
					// "was the result of seasonal flu, caused by the cold
					// spell": the speaker's own cause (gold kept 1, ended 0)
					continue
				}
				return k
			}
			if n.low == "in" && k+3 < st.b && ts[k+2].q < 0 && (ts[k+2].low == "what" || ts[k+2].low == "a" && ts[k+3].low == "move") {
				// "..., in what would be a welcome sign", "..., in a move
				// aimed at ...": the journalist's frame around the claim
				// (gold: cut 2, kept 0)
				return k
			}
			if (n.low == "a" || n.low == "an") && k+3 < st.b && ts[k+2].word && !ts[k+2].up && ts[k+2].q < 0 && (ts[k+3].low == "which" || ts[k+3].low == "that") && ts[k+3].q < 0 && isNameTok(ts[k-1]) && !appositiveInside(ts, k, st.b) {
				// "there had been rigging under ZEC, a body which under
				// Mugabe was notorious for fraud": the journalist's gloss
				// on the name (gold ended 1, kept 0)
				return k
			}
			if k+2 < st.b && journalistAppositive(n.low, ts[k+2].low) && !appositiveInside(ts, k, st.b) {
				// ", the latest flashpoint in ...", ", a figure AFP could
				// not verify": the journalist's comment on the claim
				return k
			}
			if timeAfter(ts[k+1 : st.b]) {
				// ", a day after policymakers ...", ", two weeks before the
				// vote": the journalist's timing, not the speaker's words
				return k
			}
			if contrastSpeaker(ts, k+1, st.b) {
				// "claimed 11 soldiers were killed, but Capt. Tom Grey, a
				// military spokesman, said one died": another speaker's
				// answer, named with an appositive
				return k
			}
			// ", X said." / ", the agency reported." (not ", which she said
			// showed ...")
			for m, w := k+1, k+9; m < st.b && m < w && n.low != "which" && n.low != "who" && !auxWords[n.low]; m++ {
				// (nor ", had admitted to his crime": an auxiliary
				// after the comma goes on with the clause's own subject)
				if w < k+16 && (isNameTok(ts[m]) && ts[m].up || ts[m].s == "(" || ts[m].s == ")" || ts[m].s == "-") {
					// ", the state-run Associated Press of Pakistan (APP)
					// reported": a long name widens the window
					w++
				}
				if ts[m].s == "," && ts[m].q < 0 && m >= k+3 && nameRunTo(ts, k+1, m) && closingAttribution(ts, m+1, st.b) {
					// ", Jon Weiss, the deputy UN spokesman, said.": the
					// name, then its role between commas
					return k
				}
				if ts[m].q >= 0 || ts[m].s == "," || ts[m].low == "that" {
					// (", and that the date would be announced later": a
					// second clause the speaker reported)
					break
				}
				if denialVerbs[ts[m].low] && m > k+2 && isNameTok(ts[m-1]) && (n.low == "although" || n.low == "though" || n.low == "but" || n.low == "while") {
					// "..., although Wagner owner Jon Weiss denied the
					// assertion": another party's answer
					return k
				}
				if _, ok := speechVerbs[ts[m].low]; ok && !quoteOnlyVerb(ts[m].low) {
					if particleMissing(ts, m, st.b) && m == k+2 && !isNameTok(ts[k+1]) && !pronounWord(ts[k+1].low) {
						// ", officially called the JCPOA,": a name given,
						// no attribution (", Jane Roe pointed out" is one)
						break
					}
					if m > k+1 && strings.HasSuffix(ts[m].low, "ing") && n.low != "with" {
						// ", the lawmaker reporting on the bill, 70% ...":
						// a participle describing the noun before it, no
						// attribution (", with X saying" is one)
						continue
					}
					if nounAfterVerb(ts, m) || pluralSubject(ts, m, st.b) {
						// ", but it does not have reports of deaths": a
						// noun, not a speech verb; ", reports said": the
						// noun is the tail's subject
						continue
					}
					if ruledOut(ts, m, st.b) {
						// ", but he ultimately ruled that out": to rule
						// out is no ruling
						break
					}
					if passiveNotRelay(ts, m, st.b) {
						// "the patient, a man of 60, was admitted to the
						// hospital on Monday": a passive, no attribution
						break
					}
					if adjectival(ts, m, st.b) {
						// ", since March, there have been 40 confirmed
						// cases": a participle before its noun
						continue
					}
					if m > k+1 && !nestedThat(ts, m, st.b) {
						return k
					}
					break
				}
			}
		}
		if (t.low == "because" || t.low == "since" || t.low == "so") && k > start+2 && k+2 < st.b && t.q < 0 && (ts[k+1].low == "he" || ts[k+1].low == "she" || ts[k+1].low == "they") {
			if _, ok := speechVerbs[ts[k+2].low]; ok && !quoteOnlyVerb(ts[k+2].low) && ts[k+2].q < 0 {
				// "said the party did not care because he said its
				// councillors vote down housing": a second attribution,
				// whose clause is its own statement
				return k
			}
		}
		if t.low == "as" && k > start+2 && k+3 < st.b && t.q < 0 && passiveReportAfter(ts, k+1, st.b) {
			// "had shown no interest in talks as thousands of staff
			// were said to be preparing to strike": the journalist's
			// frame around what others are said to do
			return k
		}
		if t.low == "as" && k > start && k+2 < st.b && t.q < 0 && (ts[k+1].low == "he" || ts[k+1].low == "she" || ts[k+1].low == "they") {
			// "no deal had been reached as he and the UN chief urged a
			// truce", "as she warned": the journalist's frame around a
			// new speech act, not the reported clause
			for m := k + 2; m < st.b && m <= k+9; m++ {
				if _, ok := speechVerbs[ts[m].low]; ok && !quoteOnlyVerb(ts[m].low) {
					return k
				}
				if !(isNameTok(ts[m]) || ts[m].low == "and" || skipLeft[ts[m].low]) {
					break
				}
			}
		}
		if (t.low == "and" || t.low == "but") && k+1 < st.b && !progressiveAnd(ts, start, k) {
			if _, ok := speechVerbs[ts[k+1].low]; ok && !quoteOnlyVerb(ts[k+1].low) && !measuredAt(ts, k+1, st.b) && !pairedVerb(ts, k, st.b) && !(speechVerbs[ts[k+1].low] == vQuote && particleMissing(ts, k+1, st.b)) {
				// (not "and put lives at risk": "put" speaks only in "put
				// it"; "and pointed to the data" is still the speaker's
				// next act)
				return k
			}
			if t.low == "but" && t.q < 0 {
				// "..., but Craig didn't elaborate": the speaker named
				// again, then the journalist's remark
				m := k + 1
				for m < st.b && m <= k+3 && ts[m].up && isNameTok(ts[m]) && ts[m].q < 0 {
					m++
				}
				if m > k+1 && noDetails(ts, m, st.b) {
					return k
				}
			}
			if t.low == "but" && t.q < 0 && noDetails(ts, k+1, st.b) {
				// "said demand would recover but gave no details", "but
				// declined to elaborate": the journalist's remark
				return k
			}
			// "and NBC says", "and he said"; not "and had declared the
			// gift": a subjectless pluperfect is the clause's own
			// backshifted verb, the journalist's next act would be "and
			// declared" (so is "and has maintained a lead": gold over all
			// sets keeps "and has/have/had VERBed" 6 times, ends 0)
			for m := k + 1; m < st.b && m <= k+5; m++ {
				if !(isNameTok(ts[m]) || pronouns[ts[m].low] != "" || ts[m].low == "they" || skipLeft[ts[m].low]) {
					if _, ok := speechVerbs[ts[m].low]; ok && m > k+1 && !quoteOnlyVerb(ts[m].low) && !ruledOut(ts, m, st.b) && !((ts[k+1].low == "had" || ts[k+1].low == "has" || ts[k+1].low == "have") && m == k+2) && !measuredAt(ts, m, st.b) {
						return k
					}
					break
				}
			}
			if n := ts[k+1]; n.q < 0 && actionVerbs[n.low] {
				// "said care homes were at breaking point and called for"
				return k
			}
			if n := ts[k+1]; t.low == "and" && k > start+2 && ts[k-1].s == "," && ts[k-1].q < 0 && n.q < 0 && n.word && !n.up && pastForm(n.low) && !auxWords[n.low] && k+2 < st.b && ts[k+2].q < 0 && (determiners[ts[k+2].low] || ts[k+2].low == "that") && hasFiniteVerb(ts[start:k-1]) {
				// "said there must be legal routes to the UK, and likened
				// the government's approach to ...": after a comma, a
				// subjectless past verb with its own object is the
				// speaker's next act (gold over all sets: 7 end, 0 keep)
				return k - 1
			}
			if n := ts[k+1]; t.low == "and" && n.low == "named" && n.q < 0 && k+2 < st.b && ts[k+2].low != "by" && ts[k+2].low != "after" && !strings.HasSuffix(ts[k-1].low, "ed") {
				// "said two were killed in Burri and named the victims":
				// the speaker's next act (not "arrested and named")
				return k
			}
			if n := ts[k+1]; t.low == "and" && n.low == "also" && n.q < 0 && k+2 < st.b && ts[k+2].q < 0 && actionVerbs[ts[k+2].low] {
				// "said the plan was sound and also lamented the delay":
				// "also" before the speaker's second act
				return k
			}
			if n := ts[k+1]; t.q < 0 && n.q < 0 && n.word && !n.up && k+2 < st.b && ts[k+2].low == "that" && ts[k+2].q < 0 &&
				(strings.HasSuffix(n.low, "ed") || irregularPast[n.low]) && !auxWords[n.low] && !feelingWords[n.low] {
				// "said there was no epidemic but directed that the
				// patients be isolated": a second act of the speaker with
				// a that-clause of its own (not "and concerned that")
				return k
			}
			if k+2 < st.b && skipLeft[ts[k+1].low] && ts[k+1].low != "had" && ts[k+1].low != "has" && ts[k+1].low != "have" {
				if _, ok := speechVerbs[ts[k+2].low]; ok {
					return k
				}
			}
		}
	}
	return st.b
}

// contrastOpening reports whether the sentence opens with a
// subordinator of contrast or condition ("While", "Although", "Though",
// "Whereas", "Even though") and the reported clause at start is inside it.
func contrastOpening(ts []tok, st *sent, start int) bool {
	a := st.a
	for a < start && !ts[a].word {
		a++
	}
	if a < start && (ts[a].low == "but" || ts[a].low == "and") {
		a++
	}
	if a+1 < start && ts[a].low == "even" && ts[a+1].low == "though" {
		a++
	}
	if a >= start || ts[a].q >= 0 {
		return false
	}
	switch ts[a].low {
	case "while", "although", "though", "whereas":
	default:
		return false
	}
	for k := a + 1; k < start; k++ {
		if ts[k].s == "," || ts[k].q >= 0 {
			return false // the subordinate clause closed before the verb
		}
	}
	return true
}

// relayTail verbs end a sentence with the outlet that relays it: "...,
// informs Agerpres."
var relayTail = set(`informs reports writes notes`)

// tailOfNames reports whether ts[from:to] holds only capitalised words and
// punctuation (perhaps nothing), perhaps "citing" between them.
func tailOfNames(ts []tok, from, to int) bool {
	for k := from; k < to; k++ {
		if k > from && ts[k].low == "citing" && ts[k].q < 0 {
			// "..., writes UNN citing Reuters": the outlet and its source
			continue
		}
		if ts[k].q >= 0 || ts[k].word && !isNameTok(ts[k]) {
			return false
		}
	}
	return true
}

// hasFiniteVerb reports whether a clause has something like a finite verb.
func hasFiniteVerb(ts []tok) bool {
	for i, t := range ts {
		if !t.word {
			continue
		}
		if auxWords[t.low] || contractedAux(t.low) {
			return true
		}
		if t.up {
			continue
		}
		if pastForm(t.low) || shortPast(t.low) {
			return true
		}
		if i >= 2 && presentAdverbs[ts[i-1].low] && ts[i-1].q < 0 && t.q < 0 && pluralHead(ts[i-2]) && plainForm(t.low) && i+1 < len(ts) && ts[i+1].word {
			// "police now guard the village", "officials still count
			// 223 dead": an adverb between a plural subject and its verb
			return true
		}
		if len(t.low) > 4 && strings.HasSuffix(t.low, "es") && i+1 < len(ts) && ts[i+1].word {
			// "the plan promises jobs", not the noun of "new measures,"
			return true
		}
		if presentThird(ts, i) {
			return true
		}
		if i > 0 && presentVerb(ts, i) {
			return true
		}
		if i > 0 && ts[i-1].word && ts[i-1].q < 0 && (ts[i-1].low == "they" || ts[i-1].low == "we" || ts[i-1].low == "i" || ts[i-1].low == "you") {
			// "they risk", "we need": a plural or first-person subject
			// and a verb in its plain form
			return true
		}
		if plainVerbs[t.low] && t.q < 0 && pluralBefore(ts, i) {
			// "sentencing guidelines give that discretion", "prosecutors,
			// not judges, get to decide": a common verb in its plain form
			// after a plural noun
			return true
		}
	}
	return false
}

// contractedAux reports whether a word is a pronoun with a contracted
// auxiliary ("he's", "it's", "they're", "we've", "there'd", "I'll"): a
// finite verb, as the full "he is" would be.
func contractedAux(w string) bool {
	w = strings.ReplaceAll(w, "’", "'")
	k := strings.LastIndexByte(w, '\'')
	if k <= 0 {
		return false
	}
	switch w[k:] {
	case "'s", "'re", "'ve", "'d", "'ll", "'m":
	default:
		return false
	}
	switch w[:k] {
	case "he", "she", "it", "they", "we", "i", "you", "there", "that", "who", "what", "here":
		return true
	}
	return false
}

// pastForm reports whether a lower-case word looks like a past tense or
// participle: an irregular one ("made", "told") or a regular one of five
// letters or more ending in "ed" ("warned"; four-letter ones: shortPast).
func pastForm(w string) bool {
	return irregularPast[w] || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// shortPast reports whether a four-letter word is a regular past tense:
// "died", "sued", "owed" (not "need", "seed", "shed").
func shortPast(w string) bool {
	if len(w) != 4 {
		return false
	}
	for _, suf := range []string{"ied", "ued", "wed", "yed"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// pluralPeople are plural nouns without -s that stand as a clause's
// subject: "police now guard", "people still fear".
var pluralPeople = set(`police people children men women staff`)

// pluralHead reports whether a token can be the plural subject of a
// verb in its plain form: a lower-case noun in -s (not -ss, -us, -is, no
// possessive), one of pluralPeople, or "they", "we", "you".
func pluralHead(t tok) bool {
	if !t.word || t.q >= 0 || isPossessive(t) || auxWords[t.low] {
		return false
	}
	w := t.low
	if pluralPeople[w] || w == "they" || w == "we" || w == "you" {
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !leadWords[w]
}

// plainForm reports whether a word may be a verb's plain form: a lower-case
// word without an adjective's or adverb's ending.
func plainForm(w string) bool {
	if len(w) < 3 || leadWords[w] || auxWords[w] || presentAdverbs[w] {
		return false
	}
	for _, suf := range []string{"al", "ous", "ive", "ful", "able", "ible", "ic", "less", "ly", "est", "ing", "s"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// plainVerbs are common verbs whose plain present form follows a plural
// subject ("the rules give", "prices remain"); words that are more often
// nouns after a plural ("plan", "cut", "support") are left out.
var plainVerbs = set(`give get need want remain face include know believe mean seem continue fear agree think feel
decide lack pose provide represent become depend deserve suffer allow require expect intend hope
make take keep hold bring carry offer owe reach exceed outnumber`)

// pluralBefore reports whether the word before ts[i] (past one comma-closed
// aside: "prosecutors, not judges, get") is a plural noun: lower case, in
// -s but not -ss, -us or -is, and no possessive.
func pluralBefore(ts []tok, i int) bool {
	k := i - 1
	if k > 0 && ts[k].s == "," && ts[k].q < 0 {
		k--
	}
	if k < 0 || !ts[k].word || ts[k].q >= 0 || isPossessive(ts[k]) || auxWords[ts[k].low] {
		return false
	}
	w := ts[k].low
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s")
}

// presentVerb reports whether the -s word at k is a verb in the present
// tense after its subject: "the situation remains", "China wants", "it
// seeks" (not "the plans", "its results").
func presentVerb(ts []tok, k int) bool {
	w := ts[k].low
	if len(w) < 4 || !strings.HasSuffix(w, "s") || ts[k].q >= 0 {
		return false
	}
	for _, suf := range []string{"ss", "us", "is", "ics", "ness", "ys", "'s", "’s"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	prev := ts[k-1]
	if !prev.word || prev.q >= 0 || isPossessive(prev) || determiners[prev.low] || auxWords[prev.low] {
		return false
	}
	switch {
	case isNameTok(prev) && !leadWords[prev.low]:
		// "China wants"
		return true
	case prev.low == "it" || prev.low == "he" || prev.low == "she" || prev.low == "this" || prev.low == "that" || prev.low == "who" || prev.low == "which":
		return true
	case !prev.up && k >= 2 && (determiners[ts[k-2].low] || ts[k-2].low == "this") && !strings.HasSuffix(prev.low, "s"):
		// "the situation remains", "the company plans"
		return true
	}
	return false
}

// presentThird reports whether ts[i] reads as a verb in the present tense
// after its subject: "the company expects to ...", "the process remains on
// track", "she now expects the bank to ...". The word ends in -s (not -ss,
// -us, -is), something follows it, and the word before it (past one adverb)
// is a subject pronoun or a noun after a determiner, never a determiner,
// preposition or possessive itself ("his thanks", "the new jobs").
func presentThird(ts []tok, i int) bool {
	t := ts[i]
	if len(t.low) < 4 || !strings.HasSuffix(t.low, "s") || strings.HasSuffix(t.low, "ss") || strings.HasSuffix(t.low, "us") ||
		strings.HasSuffix(t.low, "is") || isPossessive(t) || i == 0 {
		return false
	}
	n := i + 1
	for n < len(ts) && !ts[n].word && quoteMark(ts[n].s) {
		n++
	}
	if n >= len(ts) || !ts[n].word {
		return false
	}
	k := i - 1
	for k > 0 && !ts[k].word && quoteMark(ts[k].s) {
		// `the secretary "regrets" the exchange`
		k--
	}
	if k > 0 && (strings.HasSuffix(ts[k].low, "ly") || presentAdverbs[ts[k].low]) {
		k--
	}
	prev := ts[k]
	if !prev.word {
		return false
	}
	if subjectPronouns[prev.low] {
		return true
	}
	if prev.up && k-2 >= 0 && !ts[k-1].word && quoteMark(ts[k-1].s) && (ts[k-2].low == "the" || ts[k-2].low == "its" || ts[k-2].low == "their") {
		// `the "Administration stands behind it"`: a noun capitalised
		// only because a quote opens on it
		return true
	}
	if prev.up || leadWords[prev.low] || possessiveDets[prev.low] || isPossessive(prev) || strings.HasSuffix(prev.low, "s") && !strings.HasSuffix(prev.low, "ss") {
		return false
	}
	// a noun after a determiner, a possessive or a name: "the company",
	// "the country's disinflation process"
	for m := k - 1; m >= 0 && m >= k-3; m-- {
		if d := ts[m]; d.word && (d.low == "the" || d.low == "its" || d.low == "their" || isPossessive(d)) {
			return true
		}
	}
	return false
}

// timeSpans are the spans of time a ", just" opens as the journalist's
// timing: ", just days after", ", just hours before".
var timeSpans = set(`days hours weeks months years minutes moments`)

// timeAfter reports whether ts opens with a span of time and "after",
// "before" or "since": "a day after", "two weeks before", "hours after".
func timeAfter(ts []tok) bool {
	if len(ts) < 3 || !(ts[0].low == "a" || ts[0].low == "an" || ts[0].low == "one" || numberWords[ts[0].low] || ts[0].low[0] >= '0' && ts[0].low[0] <= '9') {
		return false
	}
	u := strings.TrimSuffix(ts[1].low, "s")
	if u != "day" && u != "week" && u != "month" && u != "year" && u != "hour" && u != "minute" {
		return false
	}
	return ts[2].low == "after" || ts[2].low == "before" || ts[2].low == "since"
}

// journalistAppositive reports whether ", DET NOUN" opens the journalist's
// comment on what was just reported: "the latest", "the deadliest", "a
// figure", "a claim".
func journalistAppositive(det, noun string) bool {
	switch det {
	case "the":
		return noun == "latest" || noun == "deadliest" || noun == "worst" || noun == "biggest" || noun == "largest"
	case "a", "an":
		return noun == "figure" || noun == "claim" || noun == "toll" || noun == "tally" || noun == "account" || noun == "number" || noun == "move" || noun == "step" ||
			noun == "goal" || noun == "target" || noun == "assertion" || noun == "prediction"
	}
	return false
}

// numberWords count days and weeks: "two weeks before".
var numberWords = set(`two three four five six seven eight nine ten eleven twelve few several`)

// shortAside reports whether the comma at ts[k], before "as", opens an
// aside of one or two lower-case words with no subject of their own (", as
// usual,", ", as planned,", ", as in past years,"), closed by a comma the
// clause goes on after, with no attribution of its own after it.
func shortAside(ts []tok, k, end int) bool {
	m := k + 2
	for ; m < end && m <= k+4; m++ {
		t := ts[m]
		if t.s == "," {
			break
		}
		if t.q >= 0 || !t.word || t.up || determiners[t.low] || pronounWord(t.low) || auxWords[t.low] {
			return false
		}
		if _, ok := speechVerbs[t.low]; ok {
			return false
		}
	}
	if m == k+2 || m >= end || ts[m].s != "," || m+1 >= end || !ts[m+1].word || ts[m+1].q >= 0 {
		return false
	}
	for j := m + 1; j < end && j <= m+4; j++ {
		if ts[j].s == "," {
			break
		}
		if _, ok := speechVerbs[ts[j].low]; ok {
			return false
		}
	}
	return true
}

// parenthesisCloses reports whether the comma at ts[k] opens a parenthesis
// that a later comma closes before a finite verb: ", as permanent members
// of the Council, should".
func parenthesisCloses(ts []tok, k, end int) bool {
	for m := k + 1; m < end && m < k+16; m++ {
		if ts[m].q >= 0 {
			return false
		}
		if ts[m].s == "," {
			return m+1 < end && hasFiniteVerb(ts[m+1:min(end, m+3)])
		}
	}
	return false
}

// objectPronouns are a person told something: "She told him the ...".
var objectPronouns = set(`him her them us me`)

// quoteMark reports whether a one-character token is a quotation mark.
func quoteMark(s string) bool {
	return s == "\"" || s == "“" || s == "”" || s == "'" || s == "‘" || s == "’"
}

// subjectPronouns take a verb in -s: "she expects", "it remains".
var subjectPronouns = set(`he she it this that`)

// presentAdverbs stand between a subject and its verb: "she now expects".
var presentAdverbs = set(`now still also already only often never always again`)

// clauseBefore finds "CLAUSE, X said." where the subject group starts at
// token from and the verb is at i.
func (r *reader) clauseBefore(p *para, st *sent, from, i int) (int, int, bool) {
	ts := p.ts
	// the comma before the subject noun phrase (allowing modifiers:
	// ", Kremlin spokesman Dmitry Peskov said")
	c, inQuote := -1, false
	for k := from - 1; k >= st.a && k >= from-8; k-- {
		if ts[k].q >= 0 {
			// `The deal is "very close," Trump said.`: a comma inside the
			// closing mark of a quote within the clause
			if qi := p.quoteEnding(k); qi >= 0 && k == from-1 && !p.fullQuote(st, qi) && strings.HasSuffix(strings.TrimSpace(r.norm[p.qs[qi].From:p.qs[qi].To]), ",") {
				c, inQuote = k+1, true
				break
			}
			return 0, 0, false
		}
		if ts[k].s == "," {
			c = k
			break
		}
		if (ts[k].s == "—" || ts[k].s == "–") && k > st.a && ts[k].start > ts[k-1].end && k == from-1 && (pronounWord(ts[from].low) || isNameTok(ts[from])) {
			// "More than 300,000 people were affected across six
			// districts — Awaran, Kech ... — he said.": a spaced dash
			// before the attribution, as a comma
			c = k
			break
		}
		if !ts[k].word {
			return 0, 0, false
		}
		if _, ok := speechVerbs[ts[k].low]; ok || auxWords[ts[k].low] {
			return 0, 0, false
		}
	}
	if c < 0 {
		return 0, 0, false
	}
	if c+1 < from && (ts[c+1].low == "and" || ts[c+1].low == "but") && ts[c+1].q < 0 {
		// "By Friday, two were dead, 40 homes were lost, and Governor Jane
		// Roe had declared a state of emergency": a clause of its own
		// joined to the ones before, no attribution of them
		return 0, 0, false
	}
	if from <= i && i+2 < st.b && ts[i+1].low == "to" && ts[i+1].q < 0 && infinitiveVerb(ts[i+2]) && cls0(ts[i].low) != vUrge && cls0(ts[i].low) != vTell {
		// "With floods in the north, Governor Jane Roe has agreed to send
		// troops": the verb takes an infinitive of its own
		return 0, 0, false
	}
	// after the verb: only adjuncts up to the sentence end
	closes := true // the attribution ends the sentence
	for k := i + 1; k < st.b; k++ {
		if ts[k].q >= 0 || ts[k].low == "that" {
			return 0, 0, false
		}
		if ts[k].s == "," {
			closes = false
			break
		}
	}
	cs := c
	if inQuote {
		cs = c - 1 // the quote closing the clause does not open it
	}
	start := r.clauseStart(p, st, cs)
	quoteLed := false
	if start > st.a && ts[start-1].q >= 0 && ts[start].q < 0 && ts[start].word && !ts[start].up && ts[st.a].q == ts[start-1].q {
		// `"They could join," if they accept the terms, Roe said.`: a
		// quote opening the sentence, its comma inside, and the clause
		// going on after it in lower case are one reported clause
		if qi := p.quoteEnding(start - 1); qi >= 0 && strings.HasSuffix(strings.TrimSpace(r.norm[p.qs[qi].From:p.qs[qi].To]), ",") {
			start, quoteLed = st.a, true
		}
	}
	if o := mainClauseLead(ts, st, start); o >= 0 {
		// "It earned $184 million, which was 58 cents a share, he said",
		// "About 6,500 workers have joined, she said": the phrase skipped
		// as a lead-in is the clause's own start
		start = o
	}
	if o := keptOpener(ts, st, start); o >= 0 {
		// "When police arrived, the suspect had fled, he said.": the
		// opener belongs to the clause the attribution closes
		start = o
	}
	if start == st.a+2 && ts[st.a+1].s == "," && (sentenceAdverbs[ts[st.a].low] || openerAdverb(ts[st.a])) && ts[st.a].q < 0 {
		// "Meanwhile, the outlook looked bright, he said.": the connective
		// opens the reported clause, which the attribution closes
		start = st.a
	}
	if start >= c || ts[start].q >= 0 && !quoteLed {
		return 0, 0, false
	}
	if venueOpener(ts, start, c) {
		// "In an interview with NPR, aired Tuesday, Jane Roe hinted at
		// ...": where the words were said, no clause of them
		return 0, 0, false
	}
	for k := start; k < c; k++ {
		if ts[k].q >= 0 {
			continue
		}
		if _, ok := speechVerbs[ts[k].low]; ok {
			if part, need := particleVerbs[ts[k].low]; need && (k+1 >= c || !particleIs(ts[k+1].low, part)) {
				// "Water points will shut": no "points out"
				continue
			}
			if k > start && determiners[ts[k-1].low] || k-1 > start && determiners[ts[k-2].low] && ts[k-1].word && !ts[k-1].up && !auxWords[ts[k-1].low] && ts[k-1].q < 0 {
				// "the claims were false", "down from its previous
				// forecast": a noun
				continue
			}
			if k-2 >= start && (ts[k-2].low == "that" || ts[k-2].low == "which" || k-3 >= start && (ts[k-3].low == "that" || ts[k-3].low == "which")) && !isPronounOrName(ts[k+1]) {
				// "parts of a bill that environmentalists said would gut
				// the rules, his office said": a relative clause inside
				continue
			}
			if objectSpeech(ts, start, k, c) {
				// "has declared results in ...", "statements expressing
				// support" (pagerules.go)
				continue
			}
			if k > start && passiveSpeech(ts, st, k) {
				// "No injuries were reported, police said", "All the cases
				// have been confirmed in the north, she said": a passive
				// names no speaker
				continue
			}
			if k > start && strings.HasSuffix(ts[k].low, "ing") && (gerundPrepositions[ts[k-1].low] || auxWords[ts[k-1].low]) && ts[k-1].q < 0 && !(k+1 < c && ts[k+1].low == "that") {
				// "no intention of maintaining a dialogue with X, he
				// said": a gerund after a preposition is an act, not
				// speech (unless "of insisting that ..."), as is a progressive
				// ("X will be appealing the sentence, his lawyer said")
				continue
			}
			if m := infinitiveAfter(ts, k, c); m > k && cls0(ts[k].low) != vUrge && cls0(ts[k].low) != vTell {
				// (also "agreed on Monday to extend the corridor": a time
				// between the verb and its infinitive)
				continue
			}
			if k+1 < c && ts[k+1].low == "to" && cls0(ts[k].low) != vUrge && cls0(ts[k].low) != vTell {
				// "India and Pakistan have agreed to stop firing, X
				// said": an infinitive, not an attribution
				continue
			}
			if k > start+1 && ts[k-1].low == "and" && cls0(ts[k].low) == vUrge {
				// "China opposed the sale and urged Washington to stop
				// ..., spokesperson Lin Jian said": a second predicate of
				// the clause's own subject
				continue
			}
			if ownAttribution(ts, start, k) {
				// "Police Lt. Jane Roe said the man fled, Merrit says",
				// "He stressed the need to ..., KCNA said": the clause
				// carries an attribution of its own
				return 0, 0, false
			}
			// any other speech verb is the clause's own predicate, what
			// the speaker reports: "Health officials have confirmed 14
			// cases, she said", "The other victim told police the man
			// fled, he said", "Rector's team concluded that ..., she said"
		}
	}
	for k := start + 2; k+1 < c; k++ {
		if n := ts[k+1]; ts[k].s == "," && ts[k].q < 0 && n.q < 0 && !n.up && strings.HasSuffix(n.low, "ing") && speechVerbs[n.low] != 0 && hasFiniteVerb(ts[start:k]) {
			// "The measures violate the resolution, calling on the world
			// to act, he added.": the clause ends before the speech
			// participle, as it does when "said" opens it
			c = k
			break
		}
	}
	if !hasFiniteVerb(ts[start:c]) || auxWords[ts[c-1].low] && !ts[c-1].up && !(closes && elidedAux(ts, start, c)) {
		// (not "The vote was, Jane Roe said, the fairest": a clause cut
		// by the attribution inside it; but "It is unclear if their cats
		// did, she said.": the verb left out after an auxiliary that
		// is not "be", the attribution closing the sentence)
		return 0, 0, false
	}
	return ts[start].start, ts[c-1].end, true
}

// ownAttribution reports whether the speech verb at k, inside the clause
// from start that a later attribution closes, is an attribution of its own:
// the clause opens with its subject, a pronoun or a name with its titles,
// right before it ("He stressed ...", "Police Lt. Jane Roe said ..."). A plural noun that
// opens the clause is no name ("Deficit forecasts for this year may ...",
// "Earnings reports can ..."), nor is a subject behind an auxiliary ("the
// party had said that ...": the clause reports that) or inside the clause
// ("after they conceded the goal", "until Russia started ...", "the
// presence of Arab states in the Forum underscores ...").
func ownAttribution(ts []tok, start, k int) bool {
	if k <= start {
		return false
	}
	prev := ts[k-1]
	if !prev.word || prev.q >= 0 {
		return false
	}
	switch prev.low {
	case "he", "she", "they", "we", "i", "it", "you":
		return k-1 == start
	}
	if !isNameTok(prev) || k-1 == start && strings.HasSuffix(ts[k].low, "s") {
		return false
	}
	s := start
	if ts[s].low == "the" {
		s++
	}
	for m := s; m < k; m++ {
		if t := ts[m]; !isNameTok(t) && t.s != "." && t.s != "-" && !(t.word && t.q < 0 && !leadWords[t.low] && !auxWords[t.low]) {
			// (a title in lower case may stand in the run: "Harbour
			// master Jane Roe said"; a preposition, article or
			// conjunction may not: "Developments in Turkey and the
			// YPG underlined")
			return false
		}
	}
	return true
}

// pairedVerb reports whether "and" at k joins two past-tense verbs of one
// subject sharing an object ("when they arrested and charged her client"):
// the second is no speech act of the speaker's, as "and added that ..."
// is; the object after it is a pronoun, a possessive or a determiner's
// noun, never "that" or a clause.
func pairedVerb(ts []tok, k, end int) bool {
	if k < 1 || k+2 >= end || ts[k].low != "and" || ts[k].q >= 0 {
		return false
	}
	prev, v, obj := ts[k-1], ts[k+1], ts[k+2]
	if !prev.word || prev.up || prev.q >= 0 || !(len(prev.low) > 4 && strings.HasSuffix(prev.low, "ed")) || actionVerbs[v.low] || !strings.HasSuffix(v.low, "ed") {
		return false
	}
	return obj.q < 0 && (possessiveDets[obj.low] || objectPronouns[obj.low])
}

// elidedAux reports whether the auxiliary closing ts[start:c] stands for a
// verb left out ("if their cats did", "as they always have"): a form of
// "do", "have" or a modal, after its subject, with a finite verb before in
// the clause.
func elidedAux(ts []tok, start, c int) bool {
	switch ts[c-1].low {
	case "is", "are", "was", "were", "be", "been":
		return false
	}
	return c-2 > start && ts[c-2].word && !auxWords[ts[c-2].low] && hasFiniteVerb(ts[start:c-2])
}

// madeBy are the participles between a document and its author: "the
// statement made by the hospital".
var madeBy = set(`made issued released published posted`)

// namedWith returns the last name before pos that ends with the noun
// capitalised ("Sani Konukoglu Hospital" for "the hospital"), when the
// article names one body so; else "".
func (r *reader) namedWith(noun string, pos int) string {
	found := ""
	for p, j := range r.tokensBefore(pos) {
		t := p.ts[j]
		if t.low != noun || !t.up || j == 0 || !isNameTok(p.ts[j-1]) || t.q >= 0 {
			continue
		}
		run := runLeft(p.ts, j)
		if name := r.stripName(run); len(name) >= 2 {
			n := joinToks(r.norm, name)
			if found != "" && found != n {
				return "" // two bodies so named
			}
			found = n
		}
	}
	return found
}

// tokensBefore yields, in reading order, each paragraph of the article and
// the index of each of its tokens that starts before pos.
func (r *reader) tokensBefore(pos int) iter.Seq2[*para, int] {
	return func(yield func(*para, int) bool) {
		for _, p := range r.paras {
			if p == nil || p.start >= pos {
				continue
			}
			for j, t := range p.ts {
				if t.start >= pos {
					break
				}
				if !yield(p, j) {
					return
				}
			}
		}
	}
}

// venueNouns are where a speaker says things: "in a speech", "in a
// televised address".
var venueNouns = set(`address speech statement interview post message letter briefing conference broadcast
appearance remarks op-ed column podcast video tweet phone telephone email e-mail`)

// venueNext may follow the venue noun closing a sentence.
var venueNext = set(`on to with at before from last this late earlier broadcast posted published aired carried call
released issued`)

// venueTail reports whether "in" at token k opens the attribution's venue
// that closes the sentence: "in a televised address on Sunday", "in an
// interview with the BBC", "in his speech to parliament".
func venueTail(ts []tok, k, end int) bool {
	bare := k+1 < end && (ts[k+1].low == "remarks" || ts[k+1].low == "comments")
	if k+2 >= end || !(ts[k+1].low == "a" || ts[k+1].low == "an" || possessiveDets[ts[k+1].low] || bare) {
		return false
	}
	v := -1
	for m := k + 2; m < end && m <= k+4 && !bare; m++ {
		if venueNouns[ts[m].low] {
			v = m
			break
		}
		if !ts[m].word || ts[m].q >= 0 {
			return false
		}
	}
	if bare {
		// "in remarks broadcast on state television"
		v = k + 1
	}
	if v < 0 {
		return false
	}
	if n := v + 1; n < end && ts[n].word && !venueNext[ts[n].low] {
		// (not "in a speech hall")
		return false
	}
	for m := v + 1; m < end; m++ {
		t := ts[m]
		if m > v+7 || t.q >= 0 || auxWords[t.low] || t.low == "that" || t.s == "," {
			return false
		}
		if !t.word && m != end-1 {
			return false
		}
	}
	return true
}

// dataNouns name the figures a source publishes: "according to WHO
// figures", "according to a central bank survey".
var dataNouns = set(`data figures survey surveys projections projection estimates statistics poll polls tally
calculations`)

// sourceData reports whether the source of "according to" (np, whose
// text is text) is a body's
// figures rather than the body ("Eurostat data", "the latest Central Bank
// survey", "data from the regulator", "Thomson Reuters I/B/E/S"): the gold
// of the real sets and the test articles gives none of the 14 such claims
// a speaker.
func sourceData(np []tok, text string) bool {
	if len(np) == 0 || strings.HasSuffix(strings.TrimSuffix(text, "."), "I/B/E/S") {
		return len(np) > 0
	}
	if last := np[len(np)-1]; dataNouns[last.low] && !last.up {
		return true
	}
	return len(np) >= 3 && np[0].low == "data" && (np[1].low == "from" || np[1].low == "by")
}

// according handles "according to X" at token i: a relay (via), "according
// to X, which reported that CLAUSE", or a claim sourced to X.
func (r *reader) according(p *para, st *sent, i int, used map[int]bool) {
	ts := p.ts
	k := i + 2
	end := k
	for end < st.b && ts[end].q < 0 && ts[end].s != "," && ts[end].s != "." && ts[end].s != ";" {
		end++
	}
	if end == k {
		return
	}
	np := ts[k:end]
	if sourceData(np, r.norm[np[0].start:np[len(np)-1].end]) {
		// "according to Central Bank projections", "according to data
		// from the regulator": figures the journalist read, no one's
		// words
		return
	}
	var name, kind string
	generic := false
	for m := 0; m+3 < len(np); m++ {
		// "according to the statement made by the hospital": the maker
		if documentNouns[np[m].low] && madeBy[np[m+1].low] && np[m+2].low == "by" {
			if rest := np[m+3:]; len(rest) == 2 && rest[0].low == "the" && rest[1].word && !rest[1].up {
				if n := r.namedWith(rest[1].low, rest[1].start); n != "" {
					name, kind = n, KindOrganisation
				}
			}
			break
		}
	}
	// "According to her, CLAUSE"
	if len(np) == 1 && (np[0].low == "her" || np[0].low == "him") {
		g := map[string]string{"her": "f", "him": "m"}[np[0].low]
		if who := r.resolvePronoun(np[0].start, g); who != "" && i == st.a && end+1 < st.b && ts[end].s == "," {
			st.sourced, st.sourcedFrom, st.sourcedTo = who, ts[end+1].start, st.end
			if e := r.clauseEnd(p, st, end+1); e > end+1 && e < st.b {
				st.sourcedTo = ts[e-1].end
			}
		}
		return
	}
	if last := np[len(np)-1]; len(np) >= 2 && len(np) <= 4 && np[0].low == "the" && !last.up && personRoles[last.low] {
		// "According to the Kremlin spokesman,": the person with that role,
		// not the organisation that qualifies it
		if ref, ok := r.role(p, st, speakerRef{}, end-1); ok && ref.kind == KindPerson {
			name, kind = ref.name, ref.kind
		} else {
			return
		}
	}
	if len(np) >= 3 && len(np) <= 4 && np[0].low == "the" && np[len(np)-1].low == "office" && isPossessive(np[len(np)-2]) && !np[len(np)-2].up {
		// "according to the governor's office": the person the article
		// gave that title, as "the governor's office said" is (or the
		// body the article names so: "Yavapai County Sheriff's Office")
		if ref, ok := r.role(p, st, speakerRef{}, end-1); ok && ref.name != "" && (ref.kind == KindPerson || ref.kind == KindOrganisation) {
			name, kind = ref.name, ref.kind
		}
	}
	if len(np) == 2 && np[0].low == "the" && !np[1].up && orgRoles[np[1].low] && !govBodies[np[1].low] {
		// "According to the union,": the body "the union said" would be
		if ref, ok := r.role(p, st, speakerRef{}, end-1); ok && ref.kind != KindPerson && ref.name != "" {
			name, kind = ref.name, ref.kind
		}
	}
	if last := k + len(np) - 1; name == "" && np[len(np)-1].low == "police" && !np[len(np)-1].up {
		// "according to police": the force the article names (naming.go)
		name, kind = r.policeName(ts, last), KindOrganisation
	}
	if last := k + len(np) - 1; name == "" && govBodies[np[len(np)-1].low] {
		// "according to the Gaza health ministry"
		if ref, ok := r.lowerBody(ts, st, speakerRef{}, last, false); ok && ref.from >= k {
			name, kind = ref.name, ref.kind
		}
	}
	if e, phrase := orgRight(r.norm, np, 0, len(np)); name == "" && e == len(np) {
		// "According to the Ministry of Health of Gaza,"
		name, kind = phrase, KindOrganisation
		if en, ok := r.al.Lookup(phrase); ok {
			name, kind = en.Canonical, en.Kind
		}
	}
	if name == "" {
		// "according to Washington attorney Jane Roe", "according to
		// Weiss's lawyer, Jane Roe"
		name, kind, end, _ = r.roleSource(ts, st, k, end)
		if name != "" {
			// a later "he said" can be the source
			r.mention(ts[end-1].start, name, kind)
		}
	}
	office := false
	for m := 0; m < len(np) && name == ""; m++ {
		if isNameTok(np[m]) {
			if e, phrase := orgRight(r.norm, np, m, len(np)); e == len(np) && m > 0 {
				// "according to a statement released by India's Ministry
				// of External Affairs"
				name, kind = phrase, KindOrganisation
				if en, ok := r.al.Lookup(phrase); ok {
					name, kind = en.Canonical, en.Kind
				}
				break
			}
			run := runRight(np, m)
			if isPossessive(run[len(run)-1]) && m+len(run) < len(np) {
				// "According to Poland’s Operational Command": the owner
				// is not the source
				m += len(run) - 1
				continue
			}
			nt := r.stripName(run)
			if e := m + len(run); len(nt) == 0 && e+1 < len(np) && (np[e].low == "of" || np[e].low == "for") && np[e].q < 0 {
				// "According to U.S. Secretary of State Jane Roe": an
				// office named with "of", then its holder (the name
				// after the office's last title word)
				m, office = e, true
				continue
			}
			if office && len(nt) >= 3 && len(nt) == len(run) {
				// "According to Head of Mission Jane Roe": the run holds
				// the end of the office's name, then the person (unless
				// the name came out of it: "State Jane Roe" -> "Jane Roe")
				nt = personAfterOrg(nt)
			}
			if len(nt) > 0 {
				if n, kd, ok := r.canon(joinToks(r.norm, nt), nt[0].start); ok {
					name, kind = n, kd
				} else if e, ok := r.al.Lookup(joinToks(r.norm, nt)); ok {
					name, kind = e.Canonical, e.Kind
				}
			}
			if name == "" {
				if e, ok := r.al.Lookup(joinToks(r.norm, run)); ok {
					name, kind = e.Canonical, e.Kind
				}
			}
			// "state broadcaster CCTV", "news agency Bernama"
			if m > 0 && mediaNouns[np[m-1].low] && (name == "" || kind != KindOutlet) {
				name, kind = joinToks(r.norm, run), KindOutlet
			}
			break
		}
	}
	if n := documentSource(np); name == "" && n > 0 && n < len(np)-1 {
		// "according to a statement posted by Volvex on its website":
		// the document's source before where it was posted
		np = np[:n+1]
	}
	if last := np[len(np)-1]; name == "" && (len(np) == 1 && (orgShaped(last.s) || i == st.a && end+1 < st.b && ts[end].s == ",") || len(np) >= 3 && (np[len(np)-2].low == "from" || np[len(np)-2].low == "by") && (documentNouns[np[len(np)-3].low] || len(np) >= 4 && madeBy[np[len(np)-3].low] && documentNouns[np[len(np)-4].low])) &&
		isNameTok(last) && !isPossessive(last) && r.tagWord(last) && !isOutletName([]string{last.s}) && !placeName([]string{last.s}) && !orgWords[last.low] {
		// "according to a statement from Nordbank", "According to
		// Nordbank, CLAUSE": one name the article and the aliases do not
		// know, as the source of a document or, shaped as a body's name
		// or opening the sentence before a comma and its clause, of a
		// claim, is taken for an organisation (as "Nordbank said" is;
		// not "according to Kim": a person the article names so)
		name, kind = last.s, KindOrganisation
	}
	if name == "" {
		if mediaNouns[np[len(np)-1].low] || np[len(np)-1].low == "reports" {
			generic = true
		} else {
			return
		}
	}
	outlet := generic || kind == KindOutlet
	if outlet && !generic {
		st.via = name
	}
	// "Q," according to X.
	if i >= 2 && ts[i-1].s == "," && !outlet && name != "" {
		if qi := p.quoteEnding(i - 2); qi >= 0 && !used[qi] && p.fullQuote(st, qi) {
			used[qi] = true
			r.emit(name, p.qs[qi].From, p.qs[qi].To, Direct, "")
			return
		}
	}
	if i >= 1 && p.quoteEnding(i-1) >= 0 && !outlet && name != "" {
		if qi := p.quoteEnding(i - 1); !used[qi] && p.fullQuote(st, qi) {
			// the comma inside the quote: "Q," according to X.
			used[qi] = true
			r.emit(name, p.qs[qi].From, p.qs[qi].To, Direct, "")
			return
		}
	}
	// ", which reported that CLAUSE": the sentence's subject said it
	if end+3 < st.b && ts[end].s == "," && ts[end+1].low == "which" && (ts[end+2].low == "reported" || ts[end+2].low == "said") && ts[end+3].low == "that" {
		sp, ok := r.sentenceSubject(p, st, i)
		if !ok || sp.kind != KindPerson {
			return
		}
		s := end + 4
		if s >= st.b {
			return
		}
		e := r.clauseEnd(p, st, s)
		b := ts[e-1].end
		if e == st.b {
			b = st.end
		}
		via := ""
		if !generic {
			via = name
		}
		r.emit(sp.name, ts[s].start, b, Indirect, via)
		return
	}
	if outlet {
		return
	}
	// a claim sourced to a person or organisation
	if i == st.a || (i == st.a+1 && ts[st.a].q < 0) || linkedSource(ts, st, i) {
		// "According to X, CLAUSE."
		if end < st.b && ts[end].s == "," && end+1 < st.b {
			from := end + 1
			// "According to Clement C. Moore, author of ..., CLAUSE": skip
			// the appositive
			// (", a professor at ..., CLAUSE" too: an indefinite
			// article opens an appositive, not a clause)
			theRole := from+1 < st.b && ts[from].low == "the" && (titleWords[ts[from+1].low] || personRoles[ts[from+1].low] || ts[from+1].low == "head")
			if t := ts[from]; t.word && !t.up && (!leadWords[t.low] || t.low == "a" || t.low == "an" || theRole) && pronouns[t.low] == "" {
				// (", the head of the agency, CLAUSE": a role after "the")
				for c := from + 1; c < st.b && c < from+15; c++ {
					if ts[c].s == "," && ts[c].q < 0 {
						if (!hasFiniteVerb(ts[from:c]) || t.low == "who" || t.low == "which") && c+1 < st.b {
							// (", who chairs the committee, CLAUSE": a
							// relative clause is no part of the claim)
							from = c + 1
							// "..., a professor at the University of
							// California, Los Angeles, CLAUSE": a place
							// name closing the appositive
							from = skipPlace(ts, st, from)
						}
						break
					}
				}
			}
			// decided at the end of the sentence: only if no one in it
			// is quoted or reported; the claim ends where a clause
			// after "said" would (", although Jon Weiss denied it")
			st.sourced, st.sourcedFrom, st.sourcedTo = name, ts[from].start, st.end
			if e := r.clauseEnd(p, st, from); e > from && e < st.b {
				st.sourcedTo = ts[e-1].end
			}
		}
		return
	}
	final := end >= st.b || ts[end].s == "."
	if !final && ts[end].s == "," && end+1 < st.b && (ts[end+1].low == "but" || ts[end+1].low == "while") && ts[end+1].q < 0 {
		// "October storms are rare, according to Jane Roe, but the
		// service had warned ...": the claim ends at its source; the rest
		// is the journalist's
		final = true
	} else if !final && ts[end].s == "," && end+1 < st.b && (ts[end+1].low == "who" || ts[end+1].low == "which") && ts[end+1].q < 0 {
		// "CLAUSE, according to the minister, who noted that ...": a
		// relative clause about the source closes the claim
		final = true
	} else if !final && ts[end].s == "," && end+1 < st.b && ts[end+1].word && !ts[end+1].up && ts[end+1].q < 0 {
		// "CLAUSE, according to Jane Roe, an economist at Acme.": an
		// appositive closing the sentence
		final = true
		for m := end + 1; m < st.b; m++ {
			if ts[m].q >= 0 || ts[m].s == "," && m+1 < st.b && !isNameTok(ts[m+1]) || auxWords[ts[m].low] || ts[m].low == "that" {
				final = false
				break
			}
		}
	}
	if qi := p.quoteEnding(i - 1); qi >= 0 && i > st.a && final && !used[qi] && len(r.out) == st.produced && strings.HasSuffix(strings.TrimSpace(r.norm[p.qs[qi].From:p.qs[qi].To]), ",") {
		// `A series of strikes will "punish millions," according to X.`:
		// the comma inside a partial quote; the claim runs to the quote's
		// end
		o := i - 1
		for o > st.a && ts[o-1].q == qi {
			o--
		}
		if start := r.clauseStart(p, st, o); start < o && ts[start].q < 0 && hasFiniteVerb(ts[start:o]) {
			used[qi] = true
			r.emit(name, ts[start].start, p.qs[qi].Close, Indirect, "")
			return
		}
	}
	if i > st.a && ts[i-1].s == "," && final {
		start := r.clauseStart(p, st, i-1)
		if start < i-1 && ts[start].q < 0 && len(r.out) == st.produced && (hasFiniteVerb(ts[start:i-1]) || start == st.a && i-1-start >= 4) {
			// (a whole sentence before "according to" is a claim even
			// when its verb is a plain present: "Prices rise, according
			// to X")
			r.emit(name, ts[start].start, ts[i-2].end, Indirect, "")
		}
	}
}

// clauseBreakers, after a comma, end a reported clause: what follows is the
// journalist's ("..., as Norland began drills", "..., according to"). Not
// "despite": over the gold of every set a clause ran on through "despite"
// 5 times and stopped before it never.
var clauseBreakers = set(`according while whereas as amid after before ahead days hours weeks months just even`)

// sentenceAdverbs open a sentence with a comma and belong to a clause that
// an attribution after it closes.
var sentenceAdverbs = set(`meanwhile however moreover furthermore still instead nevertheless nonetheless`)

// bareClauseVerbs report a clause without "that" when a noun phrase and its
// auxiliary follow them ("alleged the vote had been rigged").
var bareClauseVerbs = set(`alleged alleges allege alleging claim insist argue contend assert revealed reveals disclosed indicated ruled
mentioned mentions`)

// causeParticiples, before "by", give the cause of what the clause
// reports, part of the claim: ", caused by the cold spell".
var causeParticiples = set(`caused triggered sparked fuelled fueled driven prompted`)

// denialVerbs after ", although NAME" give another party's answer to the
// claim.
var denialVerbs = set(`denied denies disputed disputes rejected rejects dismissed dismisses contested`)

// clausePronouns open a bare reported clause after a bareClauseVerbs verb
// when an auxiliary follows them ("mentioned it was ...").
var clausePronouns = set(`he she it they we`)

// objectFirstVerbs more often take an object than a clause, so report one
// without "that" only after a noun phrase, never after a bare pronoun
// ("indicated she would ...": gold has no such clause; testdata/README.md).
var objectFirstVerbs = set(`revealed reveals disclosed indicated ruled`)

// documentSource returns the index in np of one capitalised name after a
// document noun and "from" or "by" ("a statement posted by Volvex on its
// website", "a post from Volvex on Telegram"), followed by "on" or "in" and
// where the document was posted; -1 otherwise.
func documentSource(np []tok) int {
	for m := 0; m+3 < len(np); m++ {
		if !documentNouns[np[m].low] {
			continue
		}
		b := m + 1
		if b < len(np) && madeBy[np[b].low] {
			b++
		}
		if b+2 < len(np) && (np[b].low == "from" || np[b].low == "by") {
			n := b + 1
			if np[n].low == "the" && n+1 < len(np) {
				return -1
			}
			if isNameTok(np[n]) && n+1 < len(np) && (np[n+1].low == "on" || np[n+1].low == "in") {
				return n
			}
		}
		return -1
	}
	return -1
}

// quoteOnlyVerb reports whether a speech verb attributes only right after
// a quote (`"Q," he began`): inside a reported clause ("after that, they
// started pressing") it is the clause's own verb.
func quoteOnlyVerb(low string) bool { return low == "started" || low == "began" }

// dashAfter reports whether another dash follows token k before end: a
// parenthesis between dashes is part of the clause.
func dashAfter(ts []tok, k, end int) bool {
	for ; k < end; k++ {
		if ts[k].s == "—" || ts[k].s == "–" {
			return true
		}
	}
	return false
}

// isPronounOrName reports whether t opens a clause's subject: a pronoun or
// a name.
func isPronounOrName(t tok) bool {
	return pronounWord(t.low) || isNameTok(t) || t.low == "the"
}

// cls0 returns the class of a speech verb, or 0.
func cls0(low string) int { return speechVerbs[low] }

// journalistBut, after ", but", start the journalist's remark on what a
// source left out: "but did not give details", "but gave no evidence".
var journalistBut = set(`did didn't gave provided offered declined refused would wouldn't could couldn't has have had
was were`)

// actionVerbs, after "and", start a second predicate of the speaker, not
// part of what was said: "said care homes were at breaking point and called
// for an emergency fund".
var actionVerbs = set(`called accused criticised criticized rejected dismissed praised thanked refused declined appealed
vowed pledged promised announced threatened blamed condemned denounced slammed hailed wished questioned credited
lamented`)

// irregularPast are common irregular past-tense verbs, which mark a finite
// clause as well as "-ed" does: "he and Kim fell in love".
var irregularPast = set(`fell made took gave went came saw knew thought told said left felt kept held brought bought
began became ran won lost met sent spent stood understood wrote spoke broke chose drove grew threw paid meant heard found
got sat shot struck fought sought taught caught rose fled led built lay sank swore tore wore bore forgot forgave hid
slept sold stole stuck swept swung woke flew drew blew dealt fed hung lent rode shook sped spun withdrew
overtook undertook hit cut quit shut split spread upset shrank slid sprang hurt cost`)

// audienceNouns are who a speaker tells: "told reporters the ...".
var audienceNouns = set(`reporters journalists lawmakers legislators mps senators delegates parliament congress
supporters members officials diplomats students workers troops voters residents viewers listeners audiences crowd
crowds council committee assembly nation country cabinet conference briefing meeting summit press media investors
analysts shareholders employees staff colleagues donors guests attendees fans customers readers protesters activists
followers farmers parliamentarians forum rally gathering audience panel seminar convention congregation
chiefs governors ministers leaders commanders executives bankers jurors parents teachers doctors nurses counterparts
envoys ambassadors mayors survivors families relatives victims villagers inspectors regulators negotiators`)

// skipPlace skips a short run of capitalised name words followed by a comma
// at token from ("Los Angeles," after "the University of California,"): the
// place closing an appositive, not the start of a clause. It returns from
// unchanged when the run is not followed by a comma and more words.
func skipPlace(ts []tok, st *sent, from int) int {
	k := from
	for k < st.b && k < from+4 && ts[k].q < 0 && ts[k].word && ts[k].up && isNameTok(ts[k]) && !leadWords[ts[k].low] && pronouns[ts[k].low] == "" {
		k++
	}
	if k == from || k+1 >= st.b || ts[k].s != "," || ts[k].q >= 0 {
		return from
	}
	return k + 1
}

// othersContent are nouns whose "that" clause is someone else's claim:
// "denied reports that", "rejected allegations that".
var othersContent = set(`report reports claim claims allegation allegations accusation accusations rumour rumours rumor
rumors suggestion suggestions speculation notion idea`)

// stanceWords may stand between a "that"-only verb and its "that":
// "expressed (deep) concern that".
var stanceWords = set(`hope hopes concern concerns confidence fear fears belief regret optimism doubt doubts frustration
satisfaction disappointment deep grave serious strong great cautious some growing`)

// plainSay are the verbs after which "a"/"an" opens a reported clause as
// readily as any other word ("said a deal was close").
var plainSay = set(`said says say saying added adds adding told`)

// relativeFirst reports whether a relative pronoun comes before the first
// finite verb: "a deal that would be signed".
func relativeFirst(ts []tok) bool {
	for k, t := range ts {
		if t.low == "that" || t.low == "which" || t.low == "who" {
			return true
		}
		if hasFiniteVerb(ts[k : k+1]) {
			return false
		}
	}
	return false
}

// isAudience reports whether an audience opens at token j: "lawmakers",
// "the board", "his supporters".
func isAudience(ts []tok, st *sent, j int) bool {
	switch {
	case j < st.b && audienceNouns[ts[j].low] && ts[j].q < 0:
		return true
	case j+1 < st.b && (ts[j].low == "the" || possessiveDets[ts[j].low]) && audienceNouns[ts[j+1].low]:
		return true
	}
	return false
}

// auxAfterAudience reports whether an auxiliary follows the audience at j,
// which makes it the clause's subject: "warned the country would face".
func auxAfterAudience(ts []tok, st *sent, j int) bool {
	k := j + 1
	if !audienceNouns[ts[j].low] {
		k = j + 2
	}
	if k >= st.b {
		return true
	}
	t := ts[k]
	// after an audience comes "that" or the clause's subject: "warned
	// lawmakers the deficit would grow", not "said the nation mourned"
	opens := t.low == "that" || determiners[t.low] || pronounWord(t.low) || t.low == "this" || t.low == "these" ||
		t.low == "those" || t.low == "there" || isNameTok(t) || t.word && t.low[0] >= '0' && t.low[0] <= '9'
	return !opens || auxWords[t.low]
}

// possessiveDets open an audience: "told his supporters".
var possessiveDets = set(`his her their its our my your`)

// timeAdjunctEnd returns the token after a time adjunct at j ("on
// Wednesday", "Tuesday", "late on Monday", "last week") when a plain word
// that may open a clause follows it, or j.
func timeAdjunctEnd(ts []tok, st *sent, j int) int {
	k := j
	for n := 0; n < 2 && k < st.b && (ts[k].low == "on" || ts[k].low == "late" || ts[k].low == "early" || ts[k].low == "last" || ts[k].low == "this"); n++ {
		k++
	}
	m := k
	for m < st.b && m < k+2 && timeWords[ts[m].low] && ts[m].q < 0 {
		m++
	}
	if m == k && k == j && m < st.b && ts[m].q < 0 && (ts[m].low == "today" || ts[m].low == "yesterday" || ts[m].low == "tonight") {
		// "said today more attention must be given"
		m++
	}
	if m == k || m >= st.b {
		return j
	}
	if t := ts[m]; !t.word || t.q >= 0 || adjunctStart[t.low] || timeWords[t.low] || auxWords[t.low] || t.low == "that" || t.low == "and" || t.low == "to" {
		return j
	}
	return m
}

// speechAfter reports whether a speech verb stands in ts[from:to].
func speechAfter(ts []tok, from, to int) bool {
	for m := from; m < to; m++ {
		if _, ok := speechVerbs[ts[m].low]; ok && ts[m].q < 0 {
			return true
		}
	}
	return false
}

// caveatWords close the journalist's caveat on a claim: "it was not
// immediately clear", "it could not be independently verified".
var caveatWords = set(`clear unclear known confirmed verified possible`)

// checkedNouns are what a speaker gives that a journalist may not have
// checked: "though those figures hadn't been confirmed".
var checkedNouns = set(`figure figures number numbers toll tolls claim claims report reports account accounts details estimate estimates`)

// contactVerbs, after "when", are the journalist reaching a source: "but
// when reached", "but when contacted", "but when asked".
var contactVerbs = set(`reached contacted asked approached called questioned`)

// journalistCaveat reports whether ts[from:end] opens the journalist's
// caveat on what was reported: "(and|but|though|although) it (is|was)
// (not) (immediately|yet) clear/known/possible ...", "it could not be
// (independently) verified".
func journalistCaveat(ts []tok, from, end int) bool {
	k := from
	if k < end && (ts[k].low == "and" || ts[k].low == "but" || ts[k].low == "though" || ts[k].low == "although" || ts[k].low == "while") {
		k++
	}
	if k > from && k+1 < end && ts[k].low == "when" && contactVerbs[ts[k+1].low] && ts[k+1].q < 0 {
		// ", but when reached, the company would not say ...", ", but
		// when contacted by Reuters, ...": the journalist's own inquiry
		return true
	}
	if k+1 < end && (ts[k].low == "it's" || ts[k].low == "it’s") && ts[k].q < 0 {
		// ", but it's not known how", ", but it's unclear when": "it
		// is" written short
	} else if k > from && k+3 < end && (ts[k].low == "those" || ts[k].low == "these" || ts[k].low == "the") && ts[k].q < 0 && checkedNouns[ts[k+1].low] && ts[k+1].q < 0 && auxWords[ts[k+2].low] {
		// ", though those figures hadn't been confirmed", ", but the
		// numbers could not be verified": the journalist's caveat on
		// what the speaker gave
		k++
	} else if k+2 >= end || ts[k].low != "it" || ts[k].q >= 0 {
		return false
	}
	k++
	for n := 0; n < 5 && k < end && ts[k].word && ts[k].q < 0; n++ {
		// (five words: "could not be independently verified")
		w := ts[k].low
		switch {
		case caveatWords[w]:
			return true
		case auxWords[w] || w == "not" || w == "immediately" || w == "yet" || w == "independently" || w == "still":
			k++
		default:
			return false
		}
	}
	return false
}

// detailVerbs, after "did not" or "would not", are the journalist's remark
// that a speaker left something out: "did not say when", "would not
// elaborate".
var detailVerbs = set(`say elaborate give provide specify comment explain disclose offer identify name`)

// noDetails reports whether ts[from:end] opens the journalist's remark that
// the speaker gave no details: "gave no details", "declined to elaborate",
// "did not say when".
func noDetails(ts []tok, from, end int) bool {
	if from+1 >= end || ts[from].q >= 0 {
		return false
	}
	w, n := ts[from].low, ts[from+1].low
	switch w {
	case "gave", "provided", "offered":
		return n == "no"
	case "declined", "refused":
		return n == "to"
	case "did", "would", "could":
		if n == "not" && from+2 < end {
			n = ts[from+2].low
		}
		return detailVerbs[n]
	case "didn't", "didn’t", "wouldn't", "wouldn’t", "couldn't", "couldn’t":
		return detailVerbs[n]
	}
	return false
}

// infinitiveAfter returns the index of the "to" of an infinitive after the
// verb at k, past a short time adjunct ("agreed on Monday to"), or -1.
func infinitiveAfter(ts []tok, k, c int) int {
	m := k + 1
	for m < c && m <= k+4 && ts[m].word && ts[m].q < 0 && ts[m].low != "to" && (adjunctStart[ts[m].low] || timeWords[ts[m].low] || weekdays[ts[m].low] || isDigits(ts[m].s)) {
		m++
	}
	if m > k+1 && m < c && ts[m].low == "to" && ts[m].q < 0 {
		return m
	}
	return -1
}

// unhyphenated returns ts without its hyphenated words ("reform-minded",
// "state-backed"), which read as adjectives, not verbs.
func unhyphenated(ts []tok) []tok {
	out := make([]tok, 0, len(ts))
	for _, t := range ts {
		if !strings.Contains(t.s, "-") {
			out = append(out, t)
		}
	}
	return out
}

// askedToDo reports whether the verb before ts[j] is "asked" with an
// object and an infinitive after it ("asked its members to stay put"), not
// a question ("asked about the talks", "asked whether"), a passive ("was
// asked to leave") or "asked not to be named".
func askedToDo(ts []tok, st *sent, j int) bool {
	v := j - 1
	if v <= st.a || ts[v].low != "asked" && ts[v].low != "asks" || auxWords[ts[v-1].low] || ts[v-1].low == "being" {
		return false
	}
	if j >= st.b || !ts[j].word || ts[j].q >= 0 || askNotObject[ts[j].low] {
		return false
	}
	for k := j + 1; k < st.b && k <= j+4; k++ {
		if !ts[k].word || ts[k].q >= 0 || askNotObject[ts[k].low] && ts[k].low != "to" {
			return false
		}
		if ts[k].low == "to" {
			return k+1 < st.b && ts[k+1].word && !ts[k+1].up && ts[k+1].q < 0 && !determiners[ts[k+1].low]
		}
	}
	return false
}

// askNotObject are words that after "asked" start no object: a question's
// topic, its asker or a passive's agent.
var askNotObject = set(`to not about by for if whether why how what when where who which me`)

// adjectival reports whether the speech verb at ts[m] stands before its
// noun as an adjective, after a number or determiner ("40 confirmed
// cases", "the reported deaths"): no one's speech act.
func adjectival(ts []tok, m, b int) bool {
	if m < 1 || m+1 >= b || !ts[m+1].word || ts[m+1].up || ts[m+1].q >= 0 {
		return false
	}
	p := ts[m-1]
	if !p.word || p.q >= 0 {
		return false
	}
	c := p.s[0]
	return c >= '0' && c <= '9' || p.low == "the" || p.low == "a" || p.low == "an" || p.low == "its" || p.low == "their"
}

// contrastGoesOn reports whether the words from ts[from] after ", while"
// or ", whereas" make a contrast the speaker draws: a subject and a finite
// verb (not "while also dismissing ...", an -ing act, nor "while a
// spokesman said ...", another speaker's words). Over the gold of every
// set, a clause went on through ", while SUBJECT VERB" 6 times and stopped
// there once (before "while Italy's premier said").
func contrastGoesOn(ts []tok, from, end int) bool {
	if from >= end {
		return false
	}
	if t := ts[from]; t.q < 0 && (!t.word || strings.HasSuffix(t.low, "ing") || t.low == "also" || t.low == "simultaneously") {
		return false
	}
	if !hasFiniteVerb(ts[from:end]) {
		return false
	}
	for m := from; m < end; m++ {
		if _, ok := speechVerbs[ts[m].low]; ok && ts[m].q < 0 && !(m > from && (ts[m-1].low == "which" || ts[m-1].low == "who")) {
			// (but "Network Rail – which maintains the tracks – was
			// ...": a relative clause's verb)
			return false
		}
	}
	return true
}

// keptOpener returns where a leading adverbial phrase opens when the clause
// start skipped one that belongs to a "CLAUSE, X said" sentence ("In a
// massive relief operation, 20,000 soldiers arrived, the ministry said";
// "When police arrived, the suspect had fled, he said"), else -1. Over the
// gold of every set such a clause kept its opener 7 times and lost it
// never; a participle ("Speaking to reporters,") and a source ("According
// to X,") stay out.
func keptOpener(ts []tok, st *sent, start int) int {
	if start <= st.a+1 || ts[start-1].s != "," || ts[start-1].q >= 0 {
		return -1
	}
	o := start - 2
	for o > st.a && ts[o-1].q < 0 && ts[o-1].s != "," && ts[o-1].s != "—" && ts[o-1].s != "–" && (ts[o-1].word || ts[o-1].s == "-" || ts[o-1].s == "'" || ts[o-1].s == "’") {
		o--
	}
	if o < start-12 || ts[o].q >= 0 || o > st.a && ts[o-1].q >= 0 {
		return -1
	}
	if o == st.a && o+2 < start && (ts[o].low == "but" || ts[o].low == "and" || ts[o].low == "yet") {
		// "But on November 18, workers walked out, said X": the
		// conjunction joins the sentence to the one before; the opener
		// after it is the clause's
		o++
	}
	if !clauseOpeners[ts[o].low] && !leadAdverb(ts, o, start-1) && !(o == st.a && leadParticiple(ts, o, start-1)) {
		return -1
	}
	return o
}

// leadAdverb reports whether ts[o:c] is an adverb phrase of concession that
// opens a sentence before its comma ("Even so,", "All the same,"), which
// belongs to the clause as "However," does.
func leadAdverb(ts []tok, o, c int) bool {
	if c-o != 2 && c-o != 3 {
		return false
	}
	w := make([]string, 0, 3)
	for _, t := range ts[o:c] {
		w = append(w, t.low)
	}
	switch strings.Join(w, " ") {
	case "even so", "all the same", "even then", "at the same time", "in turn", "so far", "until now", "for now", "by then", "in addition", "in total":
		return true
	}
	return false
}

// leadParticiple reports whether ts[o:c], opening the sentence before its
// comma, is a participial phrase of the clause's own subject ("Realizing
// this, the board has changed course, she said"; gold kept 1, lost 0): an
// -ing word that is no speech act ("Speaking to reporters,", "According to
// X,") and no finite verb after it.
func leadParticiple(ts []tok, o, c int) bool {
	w := ts[o]
	if !w.word || !strings.HasSuffix(w.low, "ing") || notParticiples[w.low] || w.low == "according" || speechVerbs[w.low] != 0 || quoteOnlyVerb(w.low) {
		return false
	}
	switch w.low {
	case "speaking", "talking", "addressing", "writing", "citing", "quoting", "responding", "replying", "commenting", "referring", "asked":
		return false
	}
	return !hasFiniteVerb(ts[o+1 : c])
}

// mainClauseLead returns where the phrase before the comma at start-1
// begins when that phrase is no lead-in but the start of the clause itself;
// else -1. Two shapes: the comma is a thousands separator ("About 6,500
// workers": no phrase ends there), or the phrase opens with a subject
// pronoun, a demonstrative or a quantifier and has a finite verb of its own
// ("He was not surprised by the verdict, because ...", "Some troops were
// withdrawn, but others arrived", "It would cut another 1,500 jobs").
func mainClauseLead(ts []tok, st *sent, start int) int {
	if start <= st.a+1 || start >= st.b || ts[start-1].s != "," || ts[start-1].q >= 0 {
		return -1
	}
	o := start - 2
	for o > st.a && ts[o-1].q < 0 && (ts[o-1].s != "," || thousandsComma(ts, o-1)) && ts[o-1].s != "—" && ts[o-1].s != "–" {
		o--
	}
	if o > st.a && ts[o-1].q >= 0 || ts[o].q >= 0 || o < start-14 {
		return -1
	}
	if thousandsComma(ts, start-1) {
		return o
	}
	if subjectLeads[ts[o].low] && hasFiniteVerb(ts[o:start-1]) {
		return o
	}
	if strings.HasSuffix(ts[o].low, "ing") && gerundSubject(ts[o:start-1]) {
		// "Getting on the scoresheet is pleasing, but losing is not":
		// a gerund subject with its verb, no participial lead
		return o
	}
	return -1
}

// gerundSubject reports whether a phrase opening with an -ing word has a
// form of "be" or a modal after it: the -ing word is the subject of that
// verb ("Getting on the scoresheet is pleasing"), not a participle
// ("Speaking to reporters in Ottawa").
func gerundSubject(ts []tok) bool {
	for _, t := range ts[1:] {
		if t.q >= 0 {
			return false
		}
		if auxWords[t.low] {
			return true
		}
	}
	return false
}

// roleBetween reports whether the words between two commas before a name
// can be the name's role (", one of his lawyers, Jane Roe, told"): a job or
// title noun, "one", or a possessive ("his wife"); not a clause ("In
// Bergen, the port stayed shut, Jane Roe said").
func roleBetween(ts []tok) bool {
	for _, t := range ts {
		w := strings.TrimSuffix(t.low, "s")
		if quoteJobNouns[t.low] || jobNouns[t.low] || titleWords[t.low] || quoteJobNouns[w] || jobNouns[w] || titleWords[w] || t.low == "one" || possessiveDets[t.low] || isPossessive(t) {
			return true
		}
	}
	return false
}

// thousandsComma reports whether the comma at k separates the thousands of
// a number ("6,500"): digits on both sides, no space between.
func thousandsComma(ts []tok, k int) bool {
	return k > 0 && k+1 < len(ts) && ts[k].s == "," && ts[k-1].end == ts[k].start && ts[k+1].start == ts[k].end &&
		isDigits(ts[k-1].s) && isDigits(ts[k+1].s)
}

// subjectLeads open a sentence as its subject, not as an adverbial phrase:
// pronouns, demonstratives and quantifiers ("They have reviewed ...",
// "Most protesters remained ...", "About 780,000 people were ...").
var subjectLeads = set(`it he she they we i you this these those there all some many most both each every several few
about two three four five six seven eight nine ten dozens hundreds thousands not`)

// clauseOpeners open an adverbial phrase or clause of place, time,
// condition or cause at the head of a sentence, or a part of a whole ("Of
// the 12 boats, four sank").
var clauseOpeners = set(`in on at when if unless after before during with for as since once until because amid despite under
following by within of while although though whereas among`)

// openerAdverbs are adverbs of time or sequence that open the clause an
// attribution closes ("Earlier, crews cut a break, she said"); so does
// any adverb in -ly ("Sadly, one later died").
var openerAdverbs = set(`earlier later again also previously recently currently now today yesterday first finally
separately additionally overall elsewhere already`)

// openerAdverb reports whether t, opening the sentence before a comma, is
// an adverb of openerAdverbs or one in -ly.
func openerAdverb(t tok) bool {
	if !t.word || openerAdverbs[t.low] {
		return t.word
	}
	return len(t.low) > 5 && strings.HasSuffix(t.low, "ly")
}

// casualtyParticiples give the toll of the event a clause reports ("an air
// strike destroyed a house, killing a militant"; ", leaving 24 million
// people short of water"): part of what the speaker said, not the
// journalist's next act. Over the gold of every set the clause ran on
// through them 4 times and stopped before them never.
var casualtyParticiples = set(`killing injuring wounding leaving destroying damaging`)

// nounAfterVerb reports whether the speech verb form at ts[m] in -s is a
// plural noun after "have", "has", "no" or "any": "does not have reports
// of", "no claims".
func nounAfterVerb(ts []tok, m int) bool {
	if m == 0 || !strings.HasSuffix(ts[m].low, "s") || ts[m].q >= 0 {
		return false
	}
	switch ts[m-1].low {
	case "have", "has", "no", "any":
		return true
	}
	return false
}

// dashParticiple reports whether n, after a spaced dash, opens a
// participle of another act (not a toll: "— killing two").
func dashParticiple(n tok) bool {
	return n.word && !n.up && n.q < 0 && len(n.low) > 4 && strings.HasSuffix(n.low, "ing") && !notParticiples[n.low] && !casualtyParticiples[n.low]
}

// pluralSubject reports whether the speech verb form ending in "s" at
// ts[m] is a plural noun that another speech verb follows: ", reports
// said", ", reports suggest".
func pluralSubject(ts []tok, m, end int) bool {
	if m+1 >= end || !strings.HasSuffix(ts[m].low, "s") || ts[m].q >= 0 || ts[m].up || ts[m+1].q >= 0 {
		return false
	}
	_, ok := speechVerbs[ts[m+1].low]
	return ok
}

// passiveNotRelay reports whether the speech verb form at ts[m] is a
// passive after a form of "be" that attributes nothing ("was admitted to
// the hospital", "were told to leave"), unlike "was quoted as saying" or
// "was reported by X".
func passiveNotRelay(ts []tok, m, end int) bool {
	if m == 0 || ts[m].q >= 0 {
		return false
	}
	a := m - 1
	if a > 0 && (presentAdverbs[ts[a].low] || strings.HasSuffix(ts[a].low, "ly")) && ts[a].q < 0 {
		// "16 were now confirmed"
		a--
	}
	switch ts[a].low {
	case "was", "were", "is", "are", "be", "been", "being":
	default:
		return false
	}
	if (m+1 == end || !ts[m+1].word && (ts[m+1].s == "." || ts[m+1].s == "!")) && a > 0 && ts[a-1].q < 0 && (isDigits(ts[a-1].s) || ts[a-1].word && !ts[a-1].up && !pronounWord(ts[a-1].low) && ts[a-1].low != "they") {
		// "of the 43 cases, 16 were now confirmed.": a thing's passive
		// closing the sentence (not ", he was told.")
		return true
	}
	return m+1 < end && ts[m+1].word && ts[m+1].low != "as" && ts[m+1].low != "by"
}

// measuredAt reports whether the speech verb at ts[m] is a participle of
// measure ("and estimated at 60 percent", "valued at"), not a speech act.
func measuredAt(ts []tok, m, end int) bool {
	return m+1 < end && strings.HasSuffix(ts[m].low, "ed") && ts[m+1].low == "at" && ts[m+1].q < 0
}

// ruledOut reports whether the speech verb at ts[m] is "rule out" ("ruled
// out a deal", "ruled that out", "ruled it out"), which reports nothing.
func ruledOut(ts []tok, m, end int) bool {
	switch ts[m].low {
	case "rule", "rules", "ruled", "ruling":
	default:
		return false
	}
	if m+1 < end && ts[m+1].low == "out" {
		return true
	}
	return m+2 < end && (ts[m+1].low == "that" || ts[m+1].low == "it" || ts[m+1].low == "this" || ts[m+1].low == "them") && ts[m+2].low == "out"
}

// feelingWords are participles used as adjectives of feeling before
// "that": "disappointed and concerned that ...".
var feelingWords = set(`concerned worried pleased disappointed convinced satisfied determined surprised delighted alarmed
relieved encouraged heartened saddened shocked dismayed frustrated aware`)

// passiveReportAfter reports whether a passive report follows within a few
// plain words from token k: "thousands of journalists were said to",
// "the talks are reported to".
func passiveReportAfter(ts []tok, k, b int) bool {
	for m := k; m+2 < b && m < k+7; m++ {
		t := ts[m]
		if !t.word || t.q >= 0 {
			return false
		}
		switch t.low {
		case "was", "were", "is", "are":
			n := ts[m+1]
			return (n.low == "said" || n.low == "reported" || n.low == "believed" || n.low == "thought") && ts[m+2].low == "to"
		}
	}
	return false
}

// describedObjectEnd returns the comma that closes a description of an
// urged object opening at the comma ts[k] (", widely criticised for bias,
// to", ", which runs the polls, to", ", led by Jane Roe, to"), when "to"
// follows it; else -1.
func describedObjectEnd(ts []tok, k, end int) int {
	if ts[k].s != "," || ts[k].q >= 0 || k+2 >= end {
		return -1
	}
	m := k + 1
	if (strings.HasSuffix(ts[m].low, "ly") || skipLeft[ts[m].low] && !auxWords[ts[m].low]) && ts[m].q < 0 {
		m++ // "widely", "long"
	}
	if n := ts[m]; n.q >= 0 || n.up || !(strings.HasSuffix(n.low, "ed") || irregularPast[n.low] || n.low == "which" || n.low == "who") {
		return -1
	}
	for c := m + 1; c+1 < end && c <= m+14; c++ {
		if ts[c].q >= 0 {
			return -1
		}
		if ts[c].s == "," {
			if ts[c+1].low == "to" && ts[c+1].q < 0 {
				return c
			}
			return -1
		}
	}
	return -1
}

// hedgeAfter reports whether a journalist's hedging verb ("appears",
// "seems") stands among the first words of ts[from:end], before any comma
// or quote.
func hedgeAfter(ts []tok, from, end int) bool {
	for k := from; k < end && k < from+7; k++ {
		if ts[k].q >= 0 || ts[k].s == "," {
			return false
		}
		switch ts[k].low {
		case "appears", "appeared", "seems", "seemed":
			return true
		}
	}
	return false
}

// linkedSource reports whether "according to" at i opens its sourcing
// phrase after a link that leaves the clause after it unsaid by anyone
// else: "noting that, according to Kim, it had been developed", "and,
// according to police, the man fled".
func linkedSource(ts []tok, st *sent, i int) bool {
	k := i - 1
	if k > st.a && ts[k].s == "," && ts[k].q < 0 {
		k--
	}
	if k <= st.a || ts[k].q >= 0 {
		return false
	}
	switch ts[k].low {
	case "that":
		return true
	case "and", "but":
		return ts[i-1].s == ","
	}
	return false
}

// infinitiveVerb reports whether t, after "to", reads as a verb's plain
// form ("agreed to send", "to have", "to be"), not an audience ("to
// reporters", "to the BBC", "to local media").
func infinitiveVerb(t tok) bool {
	if !t.word || t.up || t.q >= 0 || determiners[t.low] || objectPronouns[t.low] || pastForm(t.low) {
		return false
	}
	return t.low == "be" || t.low == "have" || plainForm(t.low) && !venueNouns[t.low] && !audienceNouns[t.low]
}

// relativeClose returns the first comma of a relative clause's text s
// that closes the relative clause, past any name set off by a pair of
// commas inside it (", Tom Roe,"); -1 if there is none.
func relativeClose(s string) int {
	off := 0
	for {
		c := strings.IndexByte(s[off:], ',')
		if c < 0 {
			return -1
		}
		c += off
		if n := appositiveName(s[c+1:]); n > 0 {
			off = c + 1 + n
			continue
		}
		return c
	}
}

// appositiveName returns the length of " Name Name," at the start of s: two
// to four capitalised words and a comma; else 0.
func appositiveName(s string) int {
	f := strings.SplitN(strings.TrimLeft(s, " "), ",", 2)
	if len(f) < 2 {
		return 0
	}
	ws := strings.Fields(f[0])
	if len(ws) < 2 || len(ws) > 4 {
		return 0
	}
	for _, w := range ws {
		if w[0] < 'A' || w[0] > 'Z' {
			return 0
		}
	}
	return len(s) - len(f[1])
}

// subjectless reports whether the clause ts[start:end] opens with its verb:
// an auxiliary ("said was an unfair fine"), or after "that" a verb in the
// past with no other auxiliary or past verb after it ("profits that beat
// forecasts"; not "that injured people were taken to hospital", where the
// first word describes the subject).
func subjectless(ts []tok, start, end int) bool {
	t := ts[start]
	if t.q >= 0 || !t.word || t.up {
		return false
	}
	if auxWords[t.low] && t.low != "cannot" {
		return true
	}
	if start == 0 || ts[start-1].low != "that" || ts[start-1].q >= 0 || !(pastForm(t.low) || shortPast(t.low)) {
		return false
	}
	for _, u := range ts[start+1 : end] {
		if u.word && !u.up && u.q < 0 && (auxWords[u.low] || pastForm(u.low) || shortPast(u.low)) {
			return false
		}
	}
	return true
}

// venueOpener reports whether ts[start:c], before an attribution, is only
// where the words were said: a phrase opening with "in", "during" or "at"
// that names a venue ("In an interview with NPR", "During a briefing"),
// perhaps with a participle after its comma (", aired Tuesday"), and no
// finite verb of a clause after it.
func venueOpener(ts []tok, start, c int) bool {
	switch ts[start].low {
	case "in", "during", "at":
	default:
		return false
	}
	k := start
	for k < c && ts[k].s != "," {
		k++
	}
	if !venueIn(ts[start:k]) || hasFiniteVerb(ts[start:k]) {
		return false
	}
	for k < c {
		// each later part: a participle, then no finite verb
		m := k + 1
		if m < c && ts[m].word && !ts[m].up && (pastForm(ts[m].low) || strings.HasSuffix(ts[m].low, "ing")) {
			m++
		}
		e := m
		for e < c && ts[e].s != "," {
			e++
		}
		if hasFiniteVerb(ts[m:e]) {
			return false
		}
		k = e
	}
	return true
}

// closesDashPair reports whether the spaced dash at ts[k] closes a
// parenthesis a spaced dash of the same kind opened after start.
func closesDashPair(ts []tok, start, k int) bool {
	n := 0
	for m := start + 1; m < k; m++ {
		if ts[m].s == ts[k].s && ts[m].q < 0 && ts[m].start > ts[m-1].end {
			n++
		}
	}
	return n%2 == 1
}

// particleMissing reports whether the speech verb at ts[m] needs a
// particle that does not follow it: "put" without "it", "pointed" without
// "out".
func particleMissing(ts []tok, m, end int) bool {
	part, need := particleVerbs[ts[m].low]
	return need && (m+1 >= end || !particleIs(ts[m+1].low, part))
}

// nameRunTo reports whether ts[from:to] holds only capitalised name
// words: "Jon Weiss".
func nameRunTo(ts []tok, from, to int) bool {
	for _, t := range ts[from:to] {
		if !isNameTok(t) || !t.up || t.q >= 0 {
			return false
		}
	}
	return to > from
}

// contrastSpeaker reports whether ts[k:end] opens with "but", "while",
// "whereas", "though" or "although", then a capitalised name, an
// appositive between commas of a few words and a speech verb: "but Capt.
// Tom Grey, a military spokesman, said ...".
func contrastSpeaker(ts []tok, k, end int) bool {
	switch ts[k].low {
	case "but", "while", "whereas", "though", "although":
	default:
		return false
	}
	c := k + 1
	for c < end && c < k+7 && isNameTok(ts[c]) && ts[c].up && ts[c].q < 0 {
		c++
	}
	if c == k+1 || c+2 >= end || ts[c].s != "," {
		return false
	}
	for m := c + 1; m < end && m <= c+9; m++ {
		if ts[m].q >= 0 {
			return false
		}
		if ts[m].s == "," {
			return m > c+1 && m+1 < end && speechVerbs[ts[m+1].low] != 0 && ts[m+1].q < 0 && !quoteOnlyVerb(ts[m+1].low)
		}
	}
	return false
}

// closingAttribution reports whether ts[from:end] is a short role closed
// by a comma and a speech verb that ends the sentence: " the deputy UN
// spokesman, said." (perhaps an adjunct after the verb: "said on Monday").
func closingAttribution(ts []tok, from, end int) bool {
	for m := from; m < end && m < from+8; m++ {
		if ts[m].q >= 0 {
			return false
		}
		if ts[m].s != "," {
			continue
		}
		if m+1 >= end || speechVerbs[ts[m+1].low] == 0 || ts[m+1].q >= 0 {
			return false
		}
		for _, t := range ts[m+2 : end] {
			if t.q >= 0 || t.low == "that" || t.s == "," {
				return false
			}
		}
		return m > from
	}
	return false
}

// modalGoesOn reports whether the modal at ts[k] after ", but" continues
// the speaker's clause ("but would have to ...", "but could still ..."),
// rather than open the journalist's remark that the speaker left something
// out ("but would not say when", "but could not elaborate").
func modalGoesOn(ts []tok, k, end int) bool {
	switch ts[k].low {
	case "would", "could":
	default:
		return false
	}
	return !(k+2 < end && ts[k+1].low == "not" && detailVerbs[ts[k+2].low])
}
