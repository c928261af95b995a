package extract

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// This file is the one speaker-naming normaliser. Whatever rule found a
// statement, its speaker passes through (*namer).speaker before the
// statement (and its ID) leaves the extractor, so every rule names a person
// or body the same way: the alias table's canonical name when it has one
// (also under a U.S. or UN qualifier: "U.S. State Department"), else the
// fullest form the article uses for the same speaker.
//
// For an organisation the forms the article uses are collected once per
// article (collectForms): capitalised names that hold an organisation word
// ("American Civil Liberties Union of Missouri", "Hostages and Missing
// Families Forum"), with the owner that precedes a body named only with
// generic words ("Kazakhstan's Energy Ministry", "Russia's defence
// ministry"; not a body's own full name with "of", nor a party), a demonym
// before a lower-case body ("the Chilean interior ministry"), and whether
// the article defines an acronym for it ("Pan American Health Organization
// (PAHO)"). A speaker's name is the same body as a form when
//   - it is the form's acronym (defined in brackets, which wins over the
//     alias table, or the initials of the form's words);
//   - the form adds words in front of it that qualify it (a demonym, an
//     owner, a proper name: "American", "Kazakhstan's"), never a generic
//     word ("Security Council" is not the "National Security Council");
//   - the form adds words inside it after "and", "of" or "for" ("Hostages
//     Forum" for the "Hostages and Missing Families Forum");
//   - it is the form's other word order ("Foreign Affairs Ministry" and
//     "Ministry of Foreign Affairs"), or the form under its country instead
//     of its demonym ("Chile's Interior Ministry", "Chilean Interior
//     Ministry"), with or without the possessive;
//   - it is the form without a company's legal suffixes ("Acme" for "Acme
//     Holdings Ltd").
// The fullest such form wins; when two forms that are not one body both fit
// (two countries' energy ministries), the one the article named last before
// the statement does. A person keeps the fullest form of the name the
// article uses: without titles ("Federal Health Minister Jane Roe" -> "Jane
// Roe" when the article names "Jane Roe"), a surname or first name alone
// the one full name with it (a particle dropped: "Hadi" for "Mohammed
// al-Hadi"), a middle initial left out ("Mary Lane" for "Mary K. Lane"), one
// name written two ways as the article first writes it, a given name after
// a title of rank keeps it ("Prince William"); a name suffix loses its stop
// ("Jr.", "Sr."). "The Israeli army" is the country's armed forces that
// another statement names ("IDF" -> "Israel Defense Forces"). A few
// look-ups the reader makes while it reads live here too: "the agency said"
// (agencyBefore), "the Prime Minister's Office said" (officeHolder), the
// article's own holder of an office before the table's role (roleSpeaker),
// a surname without its particle (sameNameWord).

// orgForm is one way the article names an organisation.
type orgForm struct {
	name  string   // as the article writes it, the owner's apostrophe straight
	owner string   // lower-case owner ("kazakhstan's"), or ""
	words []string // lower-case words of the body, in key order ("ministry of foreign affairs" -> foreign affairs ministry)
	key   []string // the owner's words, then words
	pos   []int    // where the article uses it
	acro  bool     // the article defines an acronym for it
	of    bool     // written "Ministry of X" (the official order)
}

// namer names the speakers of one article; it is built after the article
// was read (newNamer) and used for every statement found in it.
type namer struct {
	*reader
	forms []orgForm
	// byNorm indexes the article's full person names (reader.full) by
	// their NormalizeWords form, byWord by the lower case of their first
	// word and of their surname (with and without a particle, before a
	// suffix such as "Jr."), so that naming one speaker costs the names
	// that can match, not every name of a long article.
	byNorm map[string][]int
	byWord map[string][]int
	// allNames are the person names of the whole text, quotes too, with
	// the titles before them (quotedName); built on first use
	allNames []titledName
}

// newNamer collects the names the article r read uses.
func newNamer(r *reader) *namer {
	n := &namer{reader: r}
	n.collectForms()
	n.indexFull()
	return n
}

// indexFull builds byNorm and byWord; each list is ascending and holds an
// index once, so a look-up visits names in the article's order.
func (r *namer) indexFull() {
	r.byNorm = make(map[string][]int, len(r.full))
	r.byWord = make(map[string][]int, 2*len(r.full))
	add := func(k string, i int) {
		l := r.byWord[k]
		if len(l) == 0 || l[len(l)-1] != i {
			r.byWord[k] = append(l, i)
		}
	}
	for i, f := range r.full {
		if r.titleLead(f) != "" || r.placeLed(r.fullWords[i]) || r.unstuttered(f) != "" {
			// ("EC Mahbub" is the person "Mahbub", "Ankara Zarif" the
			// person "Zarif", "Jane Roe Roe" the person "Jane Roe", not
			// another full name)
			continue
		}
		k := foldKey(f)
		r.byNorm[k] = append(r.byNorm[k], i)
		fw := r.fullWords[i]
		add(foldWord(fw[0]), i)
		for _, last := range []string{fw[len(fw)-1], lastNameWord(fw)} {
			add(foldWord(last), i)
			add(foldWord(stripParticle(last)), i)
		}
	}
}

// titleLead returns a person's name s without the all-capital
// abbreviation of a title that opens it, or "" when none does: a police
// or military rank's ("DSP Bala Elkana", rankAbbrevs), or the initials of
// a title the article gives the person so named ("Election Commissioner
// Mahbub Talukder" ... "EC Mahbub"; "Chief Election Commissioner (CEC)
// Jane Roe" ... "CEC Jane"). Initials that are part of a name ("KT Rama
// Rao") and a body's acronym before its own words ("BBC Radio") stay.
func (r *namer) titleLead(s string) string {
	i := strings.IndexByte(s, ' ')
	if i < 2 || i > 5 || !isAcronym(s[:i]) {
		return ""
	}
	a, rest := s[:i], s[i+1:]
	rw := strings.Fields(rest)
	if c, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(c) || isCapitals(rest) || orgLike(rest) || isOrgName(rw) || isOutletName(rw) || placeName(rw) {
		return ""
	}
	if rankAbbrevs[a] {
		return rest
	}
	for _, t := range r.titled[strings.ToLower(a)] {
		tw := strings.Fields(t.name)
		all := true
		for _, w := range rw {
			if !slices.ContainsFunc(tw, func(x string) bool { return sameOrMisspelt(foldWord(x), foldWord(w)) }) {
				all = false
				break
			}
		}
		if all {
			return rest
		}
	}
	return ""
}

// sameOrMisspelt reports whether two folded name words are one word, or
// one a misspelling of the other by one letter (oneEdit) in words of five
// letters or more with the same first letter ("Odumosun" for "Odumosu").
func sameOrMisspelt(a, b string) bool {
	return a == b || len(a) >= 5 && len(b) >= 5 && a[0] == b[0] && oneEdit(a, b)
}

// rankAbbrevs are police and military ranks written as capitals before a
// name: "DSP Bala Elkana" (deputy superintendent of police), "IGP", "DCP".
// Only abbreviations of three or more letters, which given names'
// initials ("KT Rama Rao") seldom spell.
var rankAbbrevs = set(`IGP DIG DCP ACP CSP SSP DSP ASP SHO DPO PPRO`)

// lastNameWord returns the surname of a full name's words: the last word,
// or the one before a name suffix ("Weiss" of "Tomas Weiss Jr.").
func lastNameWord(fw []string) string {
	if len(fw) >= 3 && nameSuffixes[strings.ToLower(fw[len(fw)-1])] {
		return fw[len(fw)-2]
	}
	return fw[len(fw)-1]
}

// speaker returns the canonical name of the speaker named s in a statement
// found at pos.
func (r *namer) speaker(s string, pos int) string {
	s = strings.TrimSpace(s)
	if t := strings.TrimPrefix(strings.TrimPrefix(s, "the "), "The "); t != s && strings.Contains(s, " ") {
		// "the WHO", "The Pentagon": the name without the article
		s = t
	}
	if s == "" {
		return s
	}
	if rest := r.titleLead(s); rest != "" {
		// "DSP Bala Elkana", "EC Mahbub": a title's abbreviation is no
		// part of the name
		s = rest
	}
	s = ministryCase(s)
	if i := strings.LastIndexByte(s, ' '); i > 0 && isAcronym(s[i+1:]) && strings.Contains(s[:i], " ") && initials(s[:i]) == s[i+1:] {
		// "Northern Liberation Front NLF": a page that dropped the
		// brackets around the acronym
		s = s[:i]
	}
	if e, ok := r.al.Lookup(s); ok && !(isAcronym(s) && r.acro[s] != "") {
		return speakerName(e.Canonical)
	}
	org, orgOf := orgLike(s), s // (orgLike allocates: asked once per name)
	if org {
		if p := r.titledPerson(s, pos); p != "" {
			// "Jane Roe, Executive Director of the Acme Union, said": the
			// body is the person's title, the person speaks
			return speakerName(p)
		}
		if full := r.cutBody(s); full != "" {
			// "Organization for Security and Cooperation" of the article's
			// "... Cooperation in Europe (OSCE)"
			if e, ok := r.al.Lookup(full); ok {
				return speakerName(e.Canonical)
			}
			return full
		}
	}
	if e, ok := r.qualifiedLookup(s); ok {
		// "U.S. State Department", "UN World Food Programme": the table's
		// entry under a U.S. or UN qualifier
		return speakerName(e.Canonical)
	}
	if isAcronym(s) && r.acro[s] == "" && r.expandAcronym(s) == "" {
		if p := r.quotedName("", s); p != "" {
			// "the SSP said" where "Senior Superintendent of Police
			// Jane Roe" stands only where a quote mark was lost
			return speakerName(p)
		}
	}
	if full := r.expandAcronym(s); full != "" {
		if e, ok := r.al.Lookup(full); ok {
			return speakerName(e.Canonical)
		}
		s = full
	}
	if f := r.armedForces(s); f != "" {
		// "the Israeli military said" in an article whose "IDF said" is
		// the Israel Defense Forces
		return f
	}
	if f := r.companyForm(s); f != "" {
		// "Acme said" after "Acme Holdings Ltd"
		if e, ok := r.al.Lookup(f); ok {
			return speakerName(e.Canonical)
		}
		return f
	}
	if s == orgOf && org || s != orgOf && orgLike(s) {
		if f := r.fullerOrg(s, pos); f != "" {
			if e, ok := r.al.Lookup(f); ok {
				return speakerName(e.Canonical)
			}
			return f
		}
		return speakerName(s)
	}
	if p := r.personName(s); p != "" {
		if e, ok := r.al.Lookup(p); ok {
			return speakerName(e.Canonical)
		}
		s = p
	}
	return speakerName(r.countryLed(s))
}

// countryLed returns a person's name of three words or more without a
// country's name run into it before the given name ("President Kosovo
// Vjosa Osmani" -> "Vjosa Osmani"), when the article also writes that
// country apart from the name ("Kosovo's efforts") and the name's last
// word apart from it ("Osmani added"); else s ("Kenya Red Cross").
func (r *namer) countryLed(s string) string {
	w := strings.Fields(s)
	if len(w) < 3 || !lowerKey(countryNames, w[0]) || orgLike(s) {
		return s
	}
	for i := 0; ; {
		j := strings.Index(r.norm[i:], w[0])
		if j < 0 {
			return s
		}
		at := i + j
		i = at + len(w[0])
		if at > 0 && isWordRune(rune(r.norm[at-1])) || i < len(r.norm) && isWordRune(rune(r.norm[i])) {
			continue
		}
		if !strings.HasPrefix(r.norm[i:], " "+w[1]) {
			if !r.apart(w[len(w)-1], s) {
				// "Kenya Red Cross said": no word of a person the
				// article names apart ("Osmani added") follows the
				// country; the country's body
				return s
			}
			return strings.Join(w[1:], " ")
		}
	}
}

// apart reports whether the article writes the word w somewhere outside
// the name s that holds it.
func (r *namer) apart(w, s string) bool {
	off := strings.LastIndex(s, w)
	for at := range occurrences(r.norm, w) {
		if at > 0 && isWordRune(rune(r.norm[at-1])) || at+len(w) < len(r.norm) && isWordRune(rune(r.norm[at+len(w)])) {
			continue
		}
		if at >= off && strings.HasPrefix(r.norm[at-off:], s) {
			continue
		}
		return true
	}
	return false
}

// cutBody returns the longer name of a body whose name s was cut before a
// small word inside it: where the article writes s on with "in", "on",
// "of", "for", "and" or "de" (and "the" after one) and capitalised words,
// and that longer name is the alias table's or is spelt by the acronym the
// article gives it in brackets ("Organization for Security and Cooperation
// in Europe (OSCE)", "Commission on Human Rights (CHR)"). Else "". The
// caller asks only for an organisation's name (orgLike).
func (r *namer) cutBody(s string) string {
	found := ""
	for i, n := 0, 0; n < 20; n++ {
		j := strings.Index(r.norm[i:], s)
		if j < 0 {
			break
		}
		at := i + j + len(s)
		i = at
		if at >= len(r.norm) || r.norm[at] != ' ' || at-len(s) > 0 && isWordRune(rune(r.norm[at-len(s)-1])) {
			continue
		}
		if sp := strings.IndexByte(r.norm[at+1:min(len(r.norm), at+5)], ' '); sp < 0 || !bodyJoiners[r.norm[at+1:at+1+sp]] {
			// (only a small word after s can continue it)
			continue
		}
		ts := tokenize(r.norm, at, min(len(r.norm), at+160))
		for k := 0; k+1 < len(ts); k++ {
			t := ts[k]
			if !t.word || !(t.up || bodyJoiners[t.low] || t.low == "the" && k > 0 && bodyJoiners[ts[k-1].low]) || t.up && !isNameTok(t) {
				break
			}
			if !t.up || k == 0 {
				if k == 0 && !bodyJoiners[t.low] {
					break
				}
				continue
			}
			cand := s + r.norm[at:t.end]
			ok := false
			if _, known := r.al.Lookup(cand); known {
				ok = true
			} else if k+3 < len(ts) && ts[k+1].s == "(" && ts[k+3].s == ")" && isAcronym(ts[k+2].s) && initials(cand) == ts[k+2].s {
				ok = true
			}
			if ok {
				if found != "" && found != cand {
					return ""
				}
				found = cand
				break
			}
		}
	}
	return found
}

// titledPerson returns the person whose title holds the body named s, at
// the mention of s nearest the statement at pos (within 400 bytes): the
// person, a comma and a capitalised title with "of" ("Jane Roe, Executive
// Director of the Acme Union, said"). The person must be a full name the
// article gives; else "". The caller asks only for an organisation's name
// (orgLike).
func (r *namer) titledPerson(s string, pos int) string {
	if len(r.full) == 0 {
		return ""
	}
	best, bestD := -1, 401
	for i, n := max(0, pos-400-len(s)), 0; n < 40; n++ {
		j := strings.Index(r.norm[i:], s)
		if j < 0 {
			break
		}
		at := i + j
		i = at + len(s)
		d := at - pos
		if d < 0 {
			d = -d
		}
		if d < bestD {
			best, bestD = at, d
		}
		if at > pos+400 {
			break
		}
	}
	if best < 0 || best < pos && strings.ContainsAny(r.norm[best:pos], ".\n") {
		// (a statement after the mention is the person's only in the
		// mention's sentence: "Jane Roe, Director of the Acme Union, was
		// held. The union said ..." is the union's)
		return ""
	}
	lo, hi := max(0, best-200), best+len(s)
	if !strings.Contains(r.norm[lo:best], " of ") || !strings.Contains(r.norm[lo:best], ", ") {
		return ""
	}
	ts := tokenize(r.norm, lo, hi)
	a, e := -1, -1
	for k, t := range ts {
		if t.start == best {
			a = k
		}
		if t.end == best+len(s) {
			e = k + 1
			break
		}
	}
	if a < 0 || e < 0 {
		return ""
	}
	known := func(name []tok) string {
		if len(name) < 2 {
			return ""
		}
		n := joinToks(r.norm, name)
		if slices.Contains(r.full, n) && !orgLike(n) {
			return n
		}
		return ""
	}
	// "NAME, Title of the BODY"
	k := a - 1
	for k >= 0 && k > a-6 && isNameTok(ts[k]) {
		k--
	}
	if k >= 0 && ts[k].low == "the" {
		k--
	}
	if k < 1 || ts[k].low != "of" {
		return ""
	}
	t := k - 1
	for t >= 0 && isNameTok(ts[t]) && isTitleWord(ts[t].low) {
		t--
	}
	if t == k-1 || t < 1 || ts[t].s != "," {
		return ""
	}
	name := runLeft(ts, t-1)
	if p := known(r.stripName(name)); p != "" {
		return p
	}
	return ""
}

// bodyJoiners are the small words inside a body's name that a reader may
// cut it at: "Organization for Security and Cooperation in Europe".
var bodyJoiners = set(`in on of for and de`)

// orgLike reports whether a speaker's name is an organisation's: its last
// word, or the word before "of"/"for" in it, is an organisation word.
func orgLike(s string) bool {
	w := strings.Fields(strings.ToLower(s))
	if len(w) < 2 {
		return false
	}
	if orgWords[w[len(w)-1]] {
		return true
	}
	for i := 1; i+1 < len(w); i++ {
		if (w[i] == "of" || w[i] == "for") && orgWords[w[i-1]] {
			return true
		}
	}
	return false
}

// isAcronym reports whether s is an acronym: two to eight capitals, digits
// or ampersands, at least two of them capitals ("PAHO", "ELECAM", "P&O").
func isAcronym(s string) bool {
	n, letters := 0, 0
	for _, c := range s {
		switch {
		case unicode.IsUpper(c):
			letters++
		case unicode.IsDigit(c) || c == '&':
		default:
			return false
		}
		n++
	}
	return n >= 2 && n <= 8 && letters >= 2
}

// expandAcronym returns the full name of an acronym the article defines or
// uses the full name of, or "".
func (r *namer) expandAcronym(s string) string {
	if !isAcronym(s) {
		return ""
	}
	if full, ok := r.acro[s]; ok {
		return full
	}
	found := ""
	for i := range r.forms {
		f := &r.forms[i]
		if f.owner != "" || len(f.words) < 2 {
			continue
		}
		if initials(f.name) == s {
			if found != "" && found != f.name {
				return "" // two bodies with the same initials
			}
			found = f.name
		}
	}
	if found != "" || len(s) < 3 {
		return found
	}
	// an acronym of the name in the body's own language, its initials
	// in another order ("BNR" for the "National Bank of Romania", "OTAN"
	// for NATO's words): one body only
	key := sortedRunes(s)
	for i := range r.forms {
		f := &r.forms[i]
		if f.owner != "" || len(f.words) < 3 {
			continue
		}
		if in := initials(f.name); len(in) == len(s) && sortedRunes(in) == key {
			if found != "" && found != f.name {
				return ""
			}
			found = f.name
		}
	}
	if found != "" {
		return found
	}
	// the initials of the name without the state or place it opens with
	// ("RFS" for the "NSW Rural Fire Service", "FBI" for the "US Federal
	// Bureau of Investigation"): one body only
	for i := range r.forms {
		f := &r.forms[i]
		w := strings.Fields(f.name)
		if f.owner != "" || len(w) < 3 || len(s) < 3 || !(isAcronym(w[0]) || countryInitials[w[0]] || countryDemonyms[strings.ToLower(w[0])] != "" || demonymWords[strings.ToLower(w[0])] || demonymLike(strings.ToLower(w[0]))) {
			continue
		}
		if initials(strings.Join(w[1:], " ")) == s {
			if found != "" && found != f.name {
				return ""
			}
			found = f.name
		}
	}
	return found
}

// sortedRunes returns the runes of s in order: two acronyms with the same
// letters have the same key.
func sortedRunes(s string) string {
	rs := []rune(s)
	slices.Sort(rs)
	return string(rs)
}

// initials returns the capital initials of a name's words, skipping the
// small words inside it: "Public Health Agency of Canada" -> "PHAC".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(c rune) bool { return c == ' ' || c == '-' }) {
		c, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(c) {
			continue
		}
		b.WriteRune(c)
	}
	return b.String()
}

// fullerOrg returns the fullest form the article uses for the organisation
// named s at pos, or "" when s is already it.
func (r *namer) fullerOrg(s string, pos int) string {
	sk := countryKey(formKey(strings.Fields(strings.ReplaceAll(s, "’", "'"))))
	for i, w := range sk {
		// "Gaza's Health Ministry" as the speaker's name
		sk[i] = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
	}
	var cands []*orgForm
	for i := range r.forms {
		f := &r.forms[i]
		if f.acro && sameName(f.name, s) {
			// "The Ministry of Defence (MoD)": a body the article
			// introduces with its own acronym is that body, not another
			// country's ("Russia's Defence Ministry") named in the article
			return ""
		}
		if sameBody(sk, f) {
			cands = append(cands, f)
		}
	}
	if len(cands) == 0 {
		return ""
	}
	// the maximal forms: those no other candidate is fuller than
	var tops []*orgForm
	for _, f := range cands {
		top := true
		for _, g := range cands {
			if g != f && fuller(g, f) && !fuller(f, g) {
				top = false
				break
			}
		}
		if top {
			tops = append(tops, f)
		}
	}
	// forms that are one body written two ways (the same words): one name
	best := tops[0]
	for _, f := range tops[1:] {
		if !equalForms(best, f) {
			best = nil
			break
		}
		if f.acro && !best.acro || f.acro == best.acro && (f.of && !best.of || f.of == best.of && f.pos[0] < best.pos[0]) {
			// the form with an acronym, the official order, the first
			best = f
		}
	}
	if best == nil {
		// two bodies fit: the one named last before the statement
		last := -1
		for _, f := range tops {
			for _, p := range f.pos {
				if p < pos && p > last {
					last, best = p, f
				}
			}
		}
		if best == nil {
			return ""
		}
	}
	if sameName(best.name, s) {
		return ""
	}
	if subForm(best.key, sk) && !best.acro && !best.of {
		// the same body no fuller: the article's first form of it when
		// s is one of its forms ("Chile's Interior Ministry" after "the
		// Chilean interior ministry"), else s as the rule wrote it
		// ("Israel's government" -> "Israeli government")
		for i := range r.forms {
			if f := &r.forms[i]; sameName(f.name, s) && equalForms(f, best) {
				return best.name
			}
		}
		return ""
	}
	return best.name
}

// sameName reports whether two names are written alike but for case and
// the apostrophe's form.
func sameName(a, b string) bool {
	return strings.EqualFold(strings.ReplaceAll(a, "’", "'"), strings.ReplaceAll(b, "’", "'"))
}

// sameBody reports whether a speaker's name (its key) names the body of the
// form f: the same words, or f's words with qualifiers in front or words
// inside after "and"/"of"/"for".
func sameBody(sk []string, f *orgForm) bool {
	return subForm(sk, f.key)
}

// fuller reports whether form g is at least as full a name as f for the
// same body.
func fuller(g, f *orgForm) bool {
	return subForm(f.key, g.key)
}

func equalForms(a, b *orgForm) bool {
	return strings.Join(a.key, " ") == strings.Join(b.key, " ")
}

// subForm reports whether the key s names the same body as the longer (or
// equal) key k: k ends with s and adds qualifying words in front, or k
// keeps s's first and last words and adds words inside that open with
// "and", "of" or "for".
func subForm(s, k []string) bool {
	if len(s) == 0 || len(s) > len(k) {
		return false
	}
	if len(s) == len(k) {
		return strings.Join(s, " ") == strings.Join(k, " ")
	}
	if strings.Join(k[len(k)-len(s):], " ") == strings.Join(s, " ") {
		for _, w := range k[:len(k)-len(s)] {
			if !qualifierWord(w) {
				return false
			}
		}
		return true
	}
	if s[0] != k[0] || s[len(s)-1] != k[len(k)-1] {
		return false
	}
	// a subsequence whose gaps open with and/of/for
	i := 0
	for j := 0; j < len(k); j++ {
		if i < len(s) && k[j] == s[i] {
			i++
			continue
		}
		if j > 0 && i > 0 && k[j-1] == s[i-1] && !(k[j] == "and" || k[j] == "of" || k[j] == "for" || k[j] == "&") {
			return false
		}
	}
	return i == len(s)
}

// qualifierWord reports whether a word in front of an organisation's name
// qualifies it without changing which body it is: a demonym or a proper
// word ("American", "Toronto"), not a generic one ("National", "Federal").
func qualifierWord(w string) bool {
	if demonymWords[w] {
		return true
	}
	return !genericWords[w] && !titleWords[w] && !orgWords[w] && !leadWords[w]
}

// genericWords, with titleWords and orgWords, name what a body does rather
// than whose it is: "Energy Ministry", "Supreme Court", "Coast Guard". A
// body named only with them keeps the owner the article gives it.
var genericWords = set(`central reserve supreme constitutional high electoral election elections justice foreign affairs
interior culture industry science technology information communications digital mines mining oil gas petroleum water
public works social welfare family women youth sports sport tourism fisheries forestry land lands housing planning
infrastructure statistics meteorological weather coast guard air force border customs immigration revenue tax police fire
emergency disaster management prosecution prosecutor's investigation intelligence cabinet presidential royal armed
military naval space nuclear atomic safety regulatory competition markets monetary financial development federal
general joint chiefs staff unification veterans labour employment resources natural climate defense defence health
finance home agriculture trade commerce economy energy environment education transport treasury national security
state foreign office`)

// formKey returns the lower-case words of an organisation's name in key
// order: "Ministry of Foreign Affairs" -> [foreign affairs ministry], a
// leading "the" dropped.
func formKey(words []string) []string {
	k := make([]string, 0, len(words))
	for i, w := range words {
		if i == 0 && strings.EqualFold(w, "the") {
			continue
		}
		k = append(k, strings.ToLower(w))
	}
	if len(k) >= 3 && orgWords[k[0]] && (k[1] == "of" || k[1] == "for") {
		rest := k[2:]
		if len(rest) > 0 && rest[0] == "the" {
			rest = rest[1:]
		}
		for _, w := range rest {
			if orgWords[w] || w == "of" {
				// "Bank of the Republic of Korea": keep as written
				return k
			}
		}
		return append(append([]string{}, rest...), k[0])
	}
	return k
}

// collectForms reads the article's organisation names (see the comment at
// the top of this file).
func (r *namer) collectForms() {
	idx := map[string]int{}
	add := func(name, owner string, words []string, pos int, of bool) {
		if len(words) == 0 {
			return
		}
		acro := false
		for _, full := range r.acro {
			if strings.EqualFold(full, name) {
				acro = true
			}
		}
		key := owner + "|" + strings.Join(words, " ")
		if i, ok := idx[key]; ok {
			f := &r.forms[i]
			f.pos = append(f.pos, pos)
			if acro && !f.acro || acro == f.acro && of && !f.of {
				// "Ministry of Foreign Affairs (MOFA)" names the body
				// written "Foreign Affairs Ministry" elsewhere
				f.name, f.acro, f.of = name, acro, of
			}
			return
		}
		idx[key] = len(r.forms)
		var k []string
		for _, w := range strings.Fields(owner) {
			// "Gaza's Health Ministry" is the "Gaza Health Ministry"
			k = append(k, strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'"))
		}
		k = countryKey(append(k, words...))
		r.forms = append(r.forms, orgForm{name: name, owner: owner, words: words, key: k, pos: []int{pos}, acro: acro, of: of})
	}
	for _, p := range r.paras {
		if p == nil {
			continue
		}
		ts := p.ts
		for i := 0; i < len(ts); i++ {
			if !ts[i].word || !ts[i].up || dayWords[ts[i].low] {
				continue
			}
			j := orgRunEnd(ts, i)
			run := ts[i : j+1]
			owner, body := "", run
			if k := ownerEnd(run); k >= 0 {
				// "Kazakhstan's Energy Ministry", "North Korea's"
				owner, body = ownerName(r.norm, run[:k+1]), run[k+1:]
			} else if j+2 < len(ts) && ts[j+1].s == "'" && strings.HasSuffix(ts[j].low, "s") && ts[j+2].word {
				// "Belarus' Foreign Ministry"
				owner, body = ownerName(r.norm, run)+"'", nil
				j++
				if ts[j+1].up {
					e := orgRunEnd(ts, j+1)
					body = ts[j+1 : e+1]
					j = e
				}
			}
			demonym := owner == "" && len(trimLead(run)) == 1 && demonymWords[trimLead(run)[0].low]
			if owner != "" && len(body) == 0 || demonym {
				// "Russia's defence ministry", "the Chilean interior
				// ministry": a lower-case generic body
				k := j + 1
				for k < len(ts) && k <= j+4 && ts[k].word && !ts[k].up && ts[k].q < 0 && genericBodyWord(ts[k].low) {
					k++
				}
				for k > j+1 && !orgWords[ts[k-1].low] {
					k--
				}
				if k > j+1 {
					if demonym {
						body = ts[i:k]
					} else {
						body = ts[j+1 : k]
					}
					j = k - 1
				}
			}
			i = j
			body = trimLead(body)
			if len(body) == 0 || orgHead(body) < 0 {
				continue
			}
			words := wordsOf(body)
			generic := true
			for _, t := range body {
				if !genericBodyWord(t.low) || t.low == "of" || t.low == "for" {
					// (a name with "of" is the body's own full name:
					// "South Korea's Joint Chiefs of Staff" is the "Joint
					// Chiefs of Staff")
					generic = false
				}
			}
			if len(body) >= 3 && body[0].up && ownNameOpen[body[0].low] && body[len(body)-1].up {
				// "China's National Statistics Bureau", "India's Central
				// Water Commission": a capitalised name opening with
				// National, Central or Federal is the body's own name
				generic = false
			}
			of := len(body) >= 3 && orgWords[body[0].low] && (body[1].low == "of" || body[1].low == "for")
			name := bodyName(r.norm, body)
			if h := body[orgHead(body)].low; h == "party" || h == "parties" {
				// a party's name is its own, however generic ("Japan's
				// Liberal Democratic Party" is the "Liberal Democratic
				// Party")
				generic = false
			}
			if owner != "" && generic {
				add(owner+" "+name, strings.ToLower(owner), formKey(words), run[0].start, of)
				continue
			}
			add(name, "", formKey(words), body[0].start, of)
			for k := 1; k+2 < len(body); k++ {
				// "Board of the National Bank of Ruritania": the body
				// after "of the" is a form of its own when it is one
				// ("National Bank of Ruritania"), so its acronym and a
				// short form find it
				if body[k].low != "of" || body[k+1].low != "the" {
					continue
				}
				inner := body[k+2:]
				if len(inner) >= 2 && orgHead(inner) >= 0 && orgLike(bodyName(r.norm, inner)) {
					add(bodyName(r.norm, inner), "", formKey(wordsOf(inner)), inner[0].start, len(inner) >= 3 && orgWords[inner[0].low] && (inner[1].low == "of" || inner[1].low == "for"))
				}
				break
			}
		}
	}
}

// orgRunEnd returns the index of the last token of the run of capitalised
// words starting at ts[i], with "of", "for", "and", "the", "&" and name
// particles inside it; a possessive ends an owner and the run goes on
// after it.
func orgRunEnd(ts []tok, i int) int {
	j := i
	for j+1 < len(ts) {
		n := ts[j+1]
		if n.word && n.up && !dayWords[n.low] {
			j++
			continue
		}
		if (n.low == "of" || n.low == "for" || n.low == "and" || n.low == "&" || n.low == "the" || connectors[n.low]) && j+2 < len(ts) {
			m := j + 2
			if ts[m].low == "the" && m+1 < len(ts) {
				m++
			}
			if ts[m].word && ts[m].up && !dayWords[ts[m].low] && !isPossessive(ts[j]) {
				j = m
				continue
			}
		}
		break
	}
	return j
}

// ownerEnd returns the index of the possessive that ends the owner of a
// run ("North Korea's Defence Ministry" -> 1), or -1.
func ownerEnd(run []tok) int {
	for k := len(run) - 1; k >= 0; k-- {
		if isPossessive(run[k]) {
			return k
		}
	}
	return -1
}

// ownerName writes an owner with a straight apostrophe, without the
// sentence words before it: "the Prime Minister’s" -> "Prime Minister's".
func ownerName(norm string, run []tok) string {
	run = trimLead(run)
	if len(run) == 0 {
		return ""
	}
	s := joinToks(norm, run)
	return strings.ReplaceAll(s, "’", "'")
}

// trimLead drops the sentence words and particles a run opens with ("The",
// "In", "of").
func trimLead(run []tok) []tok {
	for len(run) > 0 && (leadWords[run[0].low] || connectors[run[0].low] || run[0].low == "of" || run[0].low == "for" || run[0].low == "and" || run[0].low == "&") {
		run = run[1:]
	}
	return run
}

// orgHead returns the index of the organisation word that heads a body's
// name: its last word, or the last word before "of"/"for" ("Union of
// Missouri"); -1 when there is none.
func orgHead(body []tok) int {
	n := len(body)
	if orgWords[body[n-1].low] && !(n == 1 && titleWords[body[0].low]) {
		return n - 1
	}
	for k := n - 2; k >= 0; k-- {
		if (body[k+1].low == "of" || body[k+1].low == "for") && orgWords[body[k].low] {
			return k
		}
	}
	return -1
}

// ownNameOpen open a body's own name: "National", "Central", "Federal".
var ownNameOpen = set(`national central federal`)

// genericBodyWord reports whether a word may be part of a generic body's
// name: "Energy Ministry", "defence ministry".
func genericBodyWord(w string) bool {
	return genericWords[w] || orgWords[w] || titleWords[w] && !demonymWords[w] || w == "and" || w == "of" || w == "for"
}

// bodyName writes a body's name as the article does, with lower-case
// words capitalised ("defence ministry" -> "Defence Ministry"), except the
// small words inside it.
func bodyName(norm string, body []tok) string {
	lower := false
	for _, t := range body {
		if t.word && !t.up {
			if t.low != "of" && t.low != "for" && t.low != "and" && t.low != "the" && !connectors[t.low] {
				lower = true
			}
		}
	}
	s := joinToks(norm, body)
	if !lower {
		return s
	}
	var b strings.Builder
	for i, t := range body {
		if i > 0 {
			b.WriteByte(' ')
		}
		if !t.up && (t.low == "of" || t.low == "for" || t.low == "and" || t.low == "the" || connectors[t.low]) {
			b.WriteString(t.s)
			continue
		}
		c, w := utf8.DecodeRuneInString(t.s)
		b.WriteRune(unicode.ToUpper(c))
		b.WriteString(t.s[w:])
	}
	return b.String()
}

// personName returns the fullest form of a person's name the article uses,
// without titles: "Federal Health Minister Jane Roe" -> "Jane Roe" when the
// article names "Jane Roe"; a first name or surname alone -> the one full
// name of the article that starts or ends with it. It returns "" when s is
// already that.
func (r *namer) personName(s string) string {
	w := strings.Fields(s)
	if len(w) == 2 && r.placeLed(w) {
		// "Upon arrival in Ankara Zarif told reporters": the place and
		// the article's person with that surname
		if f := r.personName(w[1]); f != "" && !strings.EqualFold(strings.Fields(f)[0], w[0]) {
			return f
		}
	}
	if len(w) >= 2 && !orgLike(s) {
		// one name written two ways ("Chang Yun-jeong", "Chang Yun
		// Jeong"): the article's first form, not in capitals
		best := ""
		for _, i := range r.byNorm[foldKey(s)] {
			f := r.full[i]
			if best == "" || isCapitals(best) && !isCapitals(f) {
				best = f
			}
		}
		if best != "" && best != s && !(isCapitals(best) && !isCapitals(s)) {
			return best
		}
		if (best == "" || best == s) && len(w) == 2 {
			// "John Weiss" for the article's "John F. Weiss": a middle
			// name or initial left out, when one full name fits
			found := ""
			for _, i := range r.byWord[foldWord(w[0])] {
				f, fw := r.full[i], r.fullWords[i]
				if len(fw) <= 2 || foldWord(fw[0]) != foldWord(w[0]) || foldWord(fw[len(fw)-1]) != foldWord(w[1]) {
					continue
				}
				if found != "" && NormalizeWords(found) != NormalizeWords(f) {
					return ""
				}
				if found == "" {
					found = f
				}
			}
			if found != "" {
				return found
			}
		}
	}
	if len(w) >= 3 {
		last := -1
		for i := 0; i < len(w)-2; i++ {
			if r.al.isTitle(strings.ToLower(w[i])) {
				last = i
			}
		}
		if last >= 0 {
			rest := strings.Join(w[last+1:], " ")
			for _, i := range r.byWord[foldWord(w[last+1])] {
				if f := r.full[i]; strings.EqualFold(f, rest) {
					return f
				}
			}
			if _, ok := r.al.Lookup(rest); ok {
				return rest
			}
		}
	}
	if len(w) == 1 && !isAcronym(s) {
		found := ""
		for _, i := range r.byWord[foldWord(s)] {
			fw := r.fullWords[i]
			if len(fw) >= 3 && nameSuffixes[strings.ToLower(fw[len(fw)-1])] {
				// "Weiss" for "Tomas Weiss Jr."
				fw = fw[:len(fw)-1]
			}
			if len(fw) < 2 || !(foldWord(fw[0]) == foldWord(s) || sameNameWord(fw[len(fw)-1], s)) {
				continue
			}
			if orgLike(r.full[i]) {
				continue
			}
			if found != "" && found != r.full[i] {
				return ""
			}
			found = r.full[i]
		}
		if found == "" {
			// "Prince William", "Pope Francis", "Sheikh Tamim": a given
			// name the article gives only after a title of rank keeps it
			for _, t := range rankTitles {
				if n := t + " " + s; strings.Contains(r.norm, n) {
					return n
				}
			}
			found = r.misspeltSurname(s)
		}
		if found == "" {
			found = r.innerName(s)
		}
		if found == "" {
			found = r.headlineName(s)
		}
		if found == "" {
			found = r.quotedName(s, "")
		}
		return found
	}
	return ""
}

// headlineName returns the full name "Given Surname" a headline in
// sentence case gives to the surname s the article's text uses alone
// ("Jon Weiss jailed for 30 years" over "Weiss said ..."), or "". A
// headline in title case ("Court Sentences Weiss") names no one so: its
// words before a surname may be any words.
func (r *namer) headlineName(s string) string {
	if r.title == "" || !strings.Contains(r.title, s) || !sentenceCase(r.title) {
		return ""
	}
	ts := tokenize(r.title, 0, len(r.title))
	found := ""
	for k := 1; k < len(ts); k++ {
		if ts[k].s != s {
			continue
		}
		i := k
		for i > 0 && k-i < 2 && ts[i-1].word && ts[i-1].up && !isPossessive(ts[i-1]) && !isAcronym(ts[i-1].s) {
			low := ts[i-1].low
			if isTitleWord(low) || leadWords[low] || connectors[low] || personNouns[low] || jobNouns[low] || orgWords[low] || countryDemonyms[low] != "" || demonymWords[low] {
				break
			}
			i--
		}
		if i == k {
			continue
		}
		w := make([]string, 0, k-i+1)
		for _, t := range ts[i : k+1] {
			w = append(w, t.s)
		}
		if placeName(w[:len(w)-1]) || isOrgName(w) || isOutletName(w) {
			continue
		}
		n := strings.Join(w, " ")
		if _, ok := r.al.Lookup(n); ok {
			continue
		}
		if found != "" && found != n {
			return ""
		}
		found = n
	}
	return found
}

// quotedName returns the one full person name of the text, read also
// inside quotes (a page that lost a quote mark hides the rest of its
// paragraph in a quote), that ends with the surname s, or, with s == "",
// that the title whose initials are acro precedes ("Senior Superintendent
// of Police Jane Roe" for "SSP"); "" when none or two fit. It is the last
// resort for a name no full name of the prose resolves.
func (r *namer) quotedName(s, acro string) string {
	if s != "" && !capitalBefore(r.norm, s) {
		return ""
	}
	if r.allNames == nil {
		r.allNames = []titledName{}
		ts := tokenize(r.norm, 0, len(r.norm))
		for j := 0; j < len(ts); j++ {
			if !isNameTok(ts[j]) {
				continue
			}
			run := runRight(ts, j)
			j += len(run) - 1
			name := r.stripName(run)
			for len(name) > 2 && orgWords[name[0].low] {
				// "Superintendent of Police Jane Roe"
				name = name[1:]
			}
			if len(name) < 2 || len(name) > 4 {
				continue
			}
			w := wordsOf(name)
			if isOrgName(w) || placeName(w) || isOutletName(w) || orgLike(strings.Join(w, " ")) {
				continue
			}
			title := ""
			b := j - len(run) + 1
			for a := b - 1; a >= 0 && a >= b-6 && (isNameTok(ts[a]) || ts[a].low == "of" || ts[a].low == "for"); a-- {
				// "Senior Superintendent of Police": the title's words
				// before a small word
				title = ts[a].s + " " + title
			}
			for _, t := range run {
				if t.start >= name[0].start {
					break
				}
				title += t.s + " "
			}
			r.allNames = append(r.allNames, titledName{pos: name[0].start, name: joinToks(r.norm, name), title: title})
		}
	}
	found := ""
	for _, n := range r.allNames {
		if s != "" {
			fw := strings.Fields(n.name)
			if !strings.EqualFold(lastNameWord(fw), s) || isTitleWord(strings.ToLower(fw[0])) {
				continue
			}
		} else if n.title == "" || initials(n.title) != acro {
			continue
		}
		if found != "" && found != n.name {
			return ""
		}
		found = n.name
	}
	return found
}

// capitalBefore reports whether text writes the word s after a
// capitalised word ("Jane Roe" for "Roe").
func capitalBefore(text, s string) bool {
	for at := range occurrences(text, s) {
		if at < 3 || text[at-1] != ' ' {
			continue
		}
		k := strings.LastIndexByte(text[:at-1], ' ') + 1
		if c, _ := utf8.DecodeRuneInString(text[k : at-1]); unicode.IsUpper(c) {
			return true
		}
	}
	return false
}

// occurrences yields the byte offset of each occurrence of s in text, left
// to right, each search going on after the last match (none for an empty s).
func occurrences(text, s string) iter.Seq[int] {
	return func(yield func(int) bool) {
		if s == "" {
			return
		}
		for i := 0; ; {
			j := strings.Index(text[i:], s)
			if j < 0 || !yield(i+j) {
				return
			}
			i += j + len(s)
		}
	}
}

// sentenceCase reports whether a headline is written in sentence case: a
// word of four letters or more after its first is in lower case.
func sentenceCase(h string) bool {
	for i, w := range strings.Fields(h) {
		if i == 0 || utf8.RuneCountInString(w) < 4 {
			continue
		}
		if c, _ := utf8.DecodeRuneInString(w); unicode.IsLower(c) {
			return true
		}
	}
	return false
}

// placeLed reports whether a two-word name w is a place run into a
// surname ("in Ankara Zarif told reporters"): the article also writes the
// first word as a place, after "in", "to", "from" or "at" and not before
// the surname ("arrived in Ankara this afternoon").
func (r *namer) placeLed(w []string) bool {
	if len(w) != 2 || isTitleWord(strings.ToLower(w[0])) {
		return false
	}
	other := false
	for _, fi := range lowerKey(r.fullIdx, w[1]) {
		// (only worth reading the text for when another full name of
		// the article ends with the surname)
		if fw := r.fullWords[fi]; len(fw) >= 2 && !strings.EqualFold(fw[0], w[0]) && strings.EqualFold(lastNameWord(fw), w[1]) {
			other = true
			break
		}
	}
	if !other {
		return false
	}
	name := w[0] + " " + w[1]
	for at := range occurrences(r.norm, name) {
		// the name itself only ever after such a word ("Jordan Weiss
		// said" is a person even in an article that flies in from Jordan)
		if !strings.HasSuffix(r.norm[:at], " in ") && !strings.HasSuffix(r.norm[:at], " to ") && !strings.HasSuffix(r.norm[:at], " from ") && !strings.HasSuffix(r.norm[:at], " at ") {
			return false
		}
	}
	for _, p := range []string{" in ", " to ", " from ", " at "} {
		pat := p + w[0]
		for at := range occurrences(r.norm, pat) {
			rest := r.norm[at+len(pat):]
			if next, _ := utf8.DecodeRuneInString(rest); next == utf8.RuneError || unicode.IsLetter(next) && !unicode.IsLower(next) || unicode.IsDigit(next) || next == '-' || next == '\'' || next == '’' {
				// "in Ankara Zarif", "in Ankara's", "in Ankara-based"
				continue
			}
			return true
		}
	}
	return false
}

// misspeltSurname returns the one full person name of the article whose
// surname is a surname s misspells by one letter ("Pimlot says" after "Ken
// Pimlott"): a letter added, dropped, changed or two letters swapped, the
// first letter the same, in names of five letters or more; "" when no
// name or more than one fits.
func (r *namer) misspeltSurname(s string) string {
	if utf8.RuneCountInString(s) < 5 {
		return ""
	}
	k := foldWord(s)
	found := ""
	for i, fw := range r.fullWords {
		last := foldWord(lastNameWord(fw))
		if len(fw) < 2 || last == "" || last == k || last[0] != k[0] || !oneEdit(last, k) || orgLike(r.full[i]) || r.titleLead(r.full[i]) != "" {
			continue
		}
		if found != "" && found != r.full[i] {
			return ""
		}
		found = r.full[i]
	}
	return found
}

// innerName returns the one full person name of three words or more whose
// inner word is the name s used alone: the name the person goes by
// ("Fakhrul said" after "Mirza Fakhrul Islam Alamgir"; "Lopez said" after
// "Andres Manuel Lopez Obrador"), or, when no inner word is s, one the
// name s misspells by one letter as misspeltSurname ("Fakrul said"). ""
// when no name or more than one fits; inner words in lower case ("bin",
// "da") are no name.
func (r *namer) innerName(s string) string {
	if c, _ := utf8.DecodeRuneInString(s); utf8.RuneCountInString(s) < 3 || !unicode.IsUpper(c) {
		return ""
	}
	k := foldWord(s)
	for _, fuzzy := range []bool{false, true} {
		if fuzzy && utf8.RuneCountInString(s) < 5 {
			return ""
		}
		found := ""
		for i, fw := range r.fullWords {
			if len(fw) >= 3 && nameSuffixes[strings.ToLower(fw[len(fw)-1])] {
				fw = fw[:len(fw)-1]
			}
			if len(fw) < 3 || orgLike(r.full[i]) || r.titleLead(r.full[i]) != "" {
				continue
			}
			hit := false
			for _, w := range fw[1 : len(fw)-1] {
				c, _ := utf8.DecodeRuneInString(w)
				iw := foldWord(w)
				if !unicode.IsUpper(c) || iw == "" {
					continue
				}
				if iw == k || fuzzy && len(iw) >= 5 && iw[0] == k[0] && oneEdit(iw, k) {
					hit = true
					break
				}
			}
			if !hit {
				continue
			}
			if found != "" && found != r.full[i] {
				return ""
			}
			found = r.full[i]
		}
		if found != "" {
			return found
		}
	}
	return ""
}

// oneEdit reports whether a and b differ by one letter added, dropped or
// changed, or by two neighbouring letters swapped.
func oneEdit(a, b string) bool {
	x, y := []rune(a), []rune(b)
	if len(x) < len(y) {
		x, y = y, x
	}
	if len(x)-len(y) > 1 {
		return false
	}
	i := 0
	for i < len(y) && x[i] == y[i] {
		i++
	}
	if len(x) > len(y) {
		return string(x[i+1:]) == string(y[i:])
	}
	if i == len(x) {
		return false
	}
	if string(x[i+1:]) == string(y[i+1:]) {
		return true
	}
	return i+1 < len(x) && x[i] == y[i+1] && x[i+1] == y[i] && string(x[i+2:]) == string(y[i+2:])
}

// rankTitles stand before a given name that, alone, is no name: "Prince
// William", "Pope Francis", "Sheikh Tamim".
var rankTitles = strings.Fields(`Prince Princess King Queen Pope Sheikh Sheikha Emir Sultan Duke Duchess`)

// agencyBefore returns the agency that last spoke before pos, for "the
// agency said", when it is no news agency and no news agency was named
// since; else "".
func (r *reader) agencyBefore(pos int) string {
	for i := len(r.orgs) - 1; i >= 0; i-- {
		o := r.orgs[i]
		if o.pos >= pos {
			continue
		}
		w := strings.Fields(strings.ToLower(o.name))
		has := false
		for _, x := range w {
			has = has || x == "agency"
		}
		if !has {
			continue
		}
		if isOutletName(w) {
			return ""
		}
		// "..., Yonhap reported. The agency said": the news agency
		if r.mentionsOutlet(r.norm[o.pos:pos]) {
			return ""
		}
		return o.name
	}
	return ""
}

// mentionsOutlet tells whether text names a news outlet: "news agency",
// "press agency", "state media" or an outlet of the alias table (names of
// three letters or more, as written).
func (r *reader) mentionsOutlet(text string) bool {
	low := strings.ToLower(text)
	if strings.Contains(low, "news agency") || strings.Contains(low, "press agency") || strings.Contains(low, "state media") {
		return true
	}
	for _, n := range r.al.outletNames() {
		if len(n) > 2 && strings.Contains(text, n) {
			return true
		}
	}
	return false
}

// lastBefore returns the last of the ascending positions ps before pos, or
// -1.
func lastBefore(ps []int, pos int) int {
	for i := len(ps) - 1; i >= 0; i-- {
		if ps[i] < pos {
			return ps[i]
		}
	}
	return -1
}

// companyForm returns the one form of the article that is s followed only
// by a company's legal suffixes ("Acme Holdings Ltd" for "Acme"), or "".
func (r *namer) companyForm(s string) string {
	w := strings.Fields(strings.ToLower(s))
	if len(w) == 0 || corpSuffixes[w[len(w)-1]] {
		return ""
	}
	found := ""
	for i := range r.forms {
		f := &r.forms[i]
		if f.owner != "" || len(f.words) <= len(w) || strings.Join(f.words[:len(w)], " ") != strings.Join(w, " ") {
			continue
		}
		ok := true
		for _, x := range f.words[len(w):] {
			ok = ok && corpSuffixes[x]
		}
		if !ok {
			continue
		}
		if found != "" && found != f.name {
			return ""
		}
		found = f.name
	}
	return found
}

// nameParticles open a surname that a second reference may drop:
// "Mohammed al-Hadi" ... "Hadi said".
var nameParticles = []string{"al-", "el-", "ad-", "as-", "ash-", "at-", "an-", "ar-", "az-", "ul-"}

// stripParticle drops the particle a surname opens with ("al-Hadi" ->
// "Hadi"); other words are returned as they are.
func stripParticle(w string) string {
	if strings.IndexByte(w, '-') < 0 {
		return w // every particle ends in a hyphen
	}
	low := strings.ToLower(w)
	for _, p := range nameParticles {
		if strings.HasPrefix(low, p) && len(w) > len(p) {
			if c, _ := utf8.DecodeRuneInString(w[len(p):]); unicode.IsUpper(c) {
				return w[len(p):]
			}
		}
	}
	return w
}

// innerParticles join the parts of a name written as one hyphenated word:
// "Atif-ur-Rehman", "Zia-ul-Haq", "Saif-ud-Din", "Noor-e-Alam".
var innerParticles = set(`ur ul ud uz us un ud-din al el ad ud e i u bin ibn`)

// innerParticleName reports whether w is one name of capitalised parts
// joined by hyphens around lower-case particles ("Atif-ur-Rehman",
// "Zia-ul-Haq"): a person's full name in one word.
func innerParticleName(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 3 {
		return false
	}
	for i, p := range parts {
		if p == "" {
			return false
		}
		c, _ := utf8.DecodeRuneInString(p)
		if i == 0 || i == len(parts)-1 {
			if !unicode.IsUpper(c) || utf8.RuneCountInString(p) < 2 {
				return false
			}
			continue
		}
		if !innerParticles[p] {
			return false
		}
	}
	return true
}

// sameNameWord reports whether the word of an article's full name (full)
// is the word a later reference uses (part): the same word, or the same
// surname without its particle.
func sameNameWord(full, part string) bool {
	return foldWord(full) == foldWord(part) || foldWord(stripParticle(full)) == foldWord(part)
}

// foldWord returns a name's word in lower case without its diacritics, so
// that a name the article writes with and without them ("Isărescu",
// "Isarescu") is one name.
func foldWord(w string) string {
	if isASCII(w) {
		return strings.ToLower(w)
	}
	var b strings.Builder
	for _, c := range norm.NFD.String(w) {
		if unicode.Is(unicode.Mn, c) {
			continue
		}
		b.WriteRune(unicode.ToLower(c))
	}
	return b.String()
}

// foldKey is NormalizeWords of a name without its diacritics: the key under
// which one person's name written with and without them is the same.
func foldKey(s string) string {
	if isASCII(s) {
		return NormalizeWords(s)
	}
	return NormalizeWords(foldWord(s))
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// officeHolder returns the person the article titled with the title
// (written before "'s Office": "Prime Minister", "the President"), for "the
// Prime Minister's Office said"; ok is false when the words are not all
// titles or nobody was given the title.
func (r *reader) officeHolder(title string, pos int) (string, bool) {
	w := strings.Fields(strings.ToLower(title))
	for len(w) > 0 && leadWords[w[0]] {
		w = w[1:]
	}
	if len(w) == 0 {
		return "", false
	}
	for _, x := range w {
		if !isTitleWord(x) || demonymWords[x] && len(w) == 1 {
			return "", false
		}
	}
	role := strings.Join(w, " ")
	full := r.titledBefore(w[len(w)-1], role, pos)
	if full == "" {
		full = r.titledInText(w, pos)
	}
	if full == "" {
		return "", false
	}
	if n, kind, ok := r.canon(full, pos); ok && kind == KindPerson {
		return n, true
	}
	return "", false
}

// titledInText returns the name that last follows the title words w in the
// article before pos ("Prime Minister Benjamin Netanyahu's office"), a
// possessive ending dropped, or "".
func (r *reader) titledInText(w []string, pos int) string {
	found := ""
	for _, p := range paragraphs(r.norm[:pos]) {
		ts := tokenize(r.norm, p[0], p[1])
		for i := 0; i+len(w) < len(ts); i++ {
			match := true
			for k, x := range w {
				if strings.TrimSuffix(ts[i+k].low, ".") != x {
					match = false
					break
				}
			}
			if !match {
				continue
			}
			run := runRight(ts, i+len(w))
			if len(run) < 2 && !(len(run) == 1 && isPossessive(run[0])) {
				continue
			}
			name := joinToks(r.norm, run)
			name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
			if len(strings.Fields(name)) >= 2 {
				found = name
			}
		}
	}
	return found
}

// qualifiedLookup looks a name up without the U.S. or UN qualifier it
// opens with ("U.S. State Department" -> "State Department", "UN World Food
// Programme" -> "World Food Programme").
func (r *namer) qualifiedLookup(s string) (*Entity, bool) {
	first, rest, ok := strings.Cut(s, " ")
	if !ok || !strings.Contains(rest, " ") && !isAcronym(rest) && len(rest) < 4 {
		return nil, false
	}
	switch strings.ToLower(first) {
	case "u.s.", "us", "american", "u.n.", "un":
		// (only the qualifiers the table's own entries leave out: a
		// "Pakistani Taliban" is not the table's Taliban)
		return r.al.Lookup(rest)
	}
	return nil, false
}

// countryKey writes the demonyms of a key as their country, so that "the
// Chinese foreign ministry" and "China's Foreign Ministry" in one article
// are one body.
func countryKey(k []string) []string {
	for i, w := range k {
		if c, ok := demonymCountry[w]; ok {
			k[i] = c
		}
	}
	return k
}

// demonymCountry maps a demonym to its country's (last) name word.
var demonymCountry = func() map[string]string {
	m := map[string]string{}
	for _, pair := range strings.Fields(`chinese:china russian:russia japanese:japan indian:india iranian:iran
israeli:israel ukrainian:ukraine korean:korea french:france german:germany british:britain turkish:turkey
egyptian:egypt qatari:qatar pakistani:pakistan afghan:afghanistan syrian:syria iraqi:iraq lebanese:lebanon
jordanian:jordan yemeni:yemen libyan:libya sudanese:sudan ethiopian:ethiopia kenyan:kenya nigerian:nigeria
canadian:canada mexican:mexico brazilian:brazil argentine:argentina chilean:chile peruvian:peru colombian:colombia
venezuelan:venezuela cuban:cuba italian:italy spanish:spain polish:poland swedish:sweden norwegian:norway
finnish:finland danish:denmark dutch:netherlands belgian:belgium austrian:austria swiss:switzerland greek:greece
hungarian:hungary romanian:romania serbian:serbia croatian:croatia georgian:georgia armenian:armenia
azerbaijani:azerbaijan kazakh:kazakhstan belarusian:belarus vietnamese:vietnam thai:thailand indonesian:indonesia
malaysian:malaysia philippine:philippines filipino:philippines taiwanese:taiwan australian:australia
portuguese:portugal irish:ireland scottish:scotland welsh:wales saudi:saudi emirati:emirates palestinian:palestine`) {
		d, c, _ := strings.Cut(pair, ":")
		m[d] = c
	}
	return m
}()

// isCapitals reports whether a name is written in capitals ("JANE ROE", a
// transcript's label).
func isCapitals(s string) bool {
	// strings.ToUpper(s) == s && strings.ToLower(s) != s, without the copies
	lower := false
	for i, r := range s {
		if r == utf8.RuneError {
			if _, w := utf8.DecodeRuneInString(s[i:]); w == 1 {
				return false // an invalid byte, which ToUpper would replace
			}
		}
		if unicode.ToUpper(r) != r {
			return false
		}
		lower = lower || unicode.ToLower(r) != r
	}
	return lower
}

// roleSpeaker returns the speaker a role phrase of the alias table names
// ("South Korean president", "Japan's prime minister", "Fed chair"). The
// table's holder of an office goes stale; the article knows who holds it
// now. So when the table's person is not named in the article before pos,
// the person the article itself gave the title ("President Lee Jae Myung",
// "Fed Chair Jane Roe") is the speaker; when several were given it, the
// one whose title carries the role's country, else nobody (ok false).
func (r *reader) roleSpeaker(phrase string, pos int) (string, string, bool) {
	e, ok := r.al.role(phrase)
	if !ok {
		return "", "", false
	}
	if e.Kind != KindPerson || r.namedBefore(e, pos) {
		return e.Canonical, e.Kind, true
	}
	w := strings.Fields(strings.ToLower(strings.ReplaceAll(phrase, "’", "'")))
	k := len(w)
	for k > 0 && isTitleWord(w[k-1]) && !demonymWords[w[k-1]] {
		k--
	}
	if k == len(w) {
		return e.Canonical, e.Kind, true
	}
	role, quals := strings.Join(w[k:], " "), countryKey(append([]string{}, w[:k]...))
	var names, qualified []string
	for _, t := range r.titled[w[len(w)-1]] {
		if t.pos >= pos || t.title != role && !strings.HasSuffix(t.title, " "+role) {
			continue
		}
		n, kind, ok := r.canon(t.name, pos)
		if !ok || kind != KindPerson {
			continue
		}
		if !contains(names, n) {
			names = append(names, n)
		}
		tq := countryKey(strings.Fields(strings.TrimSuffix(t.title, role)))
		for _, q := range quals {
			if contains(tq, strings.TrimSuffix(strings.TrimSuffix(q, "'s"), "'")) && !contains(qualified, n) {
				qualified = append(qualified, n)
			}
		}
	}
	switch {
	case len(names) == 0:
		return e.Canonical, e.Kind, true
	case len(names) == 1:
		return names[0], KindPerson, true
	case len(qualified) == 1:
		return qualified[0], KindPerson, true
	}
	return "", "", false
}

// namedBefore reports whether the article named the entity's person
// before pos (any of the names the table gives them).
func (r *reader) namedBefore(e *Entity, pos int) bool {
	if lastBefore(r.mentPos[e.Canonical], pos) >= 0 {
		return true
	}
	for _, f := range r.full {
		if x, ok := r.al.Lookup(f); ok && x == e && strings.Index(r.norm, f) < pos {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// armedForces returns the one armed forces of the demonym's country that
// another statement of the article names ("Israel Defense Forces"), for
// "Israeli military" or "Israeli army", or "".
func (r *namer) armedForces(s string) string {
	w := strings.Fields(strings.ToLower(s))
	if len(w) != 2 || w[1] != "military" && w[1] != "army" {
		return ""
	}
	country, ok := demonymCountry[w[0]]
	if !ok {
		return ""
	}
	found := ""
	for _, f := range r.out {
		n := f.speaker
		if e, ok := r.al.Lookup(n); ok {
			n = e.Canonical
		}
		fw := strings.Fields(n)
		if len(fw) < 2 || !isOrgName(fw) || !armedName(fw) || strings.EqualFold(n, s) {
			continue
		}
		first := strings.ToLower(fw[0])
		if c, ok := demonymCountry[first]; ok {
			first = c
		}
		if first != country {
			continue
		}
		if found != "" && found != n {
			return ""
		}
		found = n
	}
	return found
}

// policeForces returns the police forces the article names, in article
// order: a place before a lower-case "police" ("Moscow police", "the New
// York police") or an organisation's name that holds "Police" ("Springfield
// Police Department", "Delta State Police Command"). A force named after a
// country ("Iraqi police", "US police", "Nigeria Police Force") is no local
// force and is not among them. The list is built once per article.
func (r *reader) policeForces() []mention {
	if r.policeDone {
		return r.police
	}
	r.policeDone = true
	for _, p := range r.paras {
		if p == nil {
			continue
		}
		ts := p.ts
		for k := 0; k < len(ts); k++ {
			t := ts[k]
			if t.low != "police" || t.q >= 0 {
				continue
			}
			if k+2 < len(ts) && (k == 0 || !isNameTok(ts[k-1]) || leadWords[ts[k-1].low]) && ts[k+1].low == "in" && ts[k+1].q < 0 && isNameTok(ts[k+2]) && ts[k+2].q < 0 {
				// "Police in Ghana said", "police in the Eastport
				// district": the force of that place, a country's too
				if place := runRight(ts, k+2); len(place) > 0 && len(place) <= 3 && !hasOrgWord(place) && !isPossessive(place[len(place)-1]) && r.placeLike(place) {
					r.police = append(r.police, mention{t.start, joinToks(r.norm, place) + " police"})
					continue
				}
			}
			var name []tok
			if t.up {
				run := runLeft(ts, k)
				if right := runRight(ts, k); len(right) > 1 {
					run = append(run[:len(run):len(run)], right[1:]...)
				}
				if len(run) < 2 || !orgWords[run[len(run)-1].low] || titleWords[run[len(run)-1].low] {
					// "Police Chief Jane Roe", "Police said"
					continue
				}
				name = stripName(run)
			} else {
				left := runLeft(ts, k-1)
				for len(left) > 0 && (leadWords[left[0].low] || connectors[left[0].low]) {
					left = left[1:]
				}
				if len(left) == 0 || len(left) > 4 || isPossessive(left[len(left)-1]) || hasOrgWord(left) {
					continue
				}
				if len(left) == 1 && policeUnits[left[0].low] {
					// "Riot police fired tear gas": a kind of officer, no
					// force (a later "police said" is the force named)
					continue
				}
				for _, u := range left {
					if isTitleWord(u.low) && !demonymWords[u.low] {
						left = nil
						break
					}
				}
				if len(left) == 0 || !r.placeLike(left) {
					continue
				}
				name = append(left[:len(left):len(left)], t)
			}
			if len(name) < 2 || countryWord(name[0]) {
				continue
			}
			r.police = append(r.police, mention{name[0].start, joinToks(r.norm, name)})
		}
	}
	return r.police
}

// policeUnits name a kind of police, not a force, when they open a
// sentence before "police": "Riot police", "Traffic police".
var policeUnits = set(`riot traffic secret military armed mounted religious morality tourist auxiliary plainclothes anti-riot`)

// policeInAt reports whether "police in" (any case) opens the text at pos.
func (r *reader) policeInAt(pos int) bool {
	return len(r.norm) >= pos+10 && strings.EqualFold(r.norm[pos:pos+10], "police in ")
}

// policeIn returns the force "police in PLACE" at pos names ("Ghana
// police"), or "".
func (r *reader) policeIn(pos int) string {
	if !r.policeInAt(pos) {
		return ""
	}
	for _, m := range r.policeForces() {
		if m.pos == pos {
			return m.name
		}
	}
	return ""
}

// countryWord reports whether t names or qualifies a country: a demonym
// ("Iraqi"), a country ("Nigeria", "Russia's") or its initials ("US").
func countryWord(t tok) bool {
	low := strings.TrimSuffix(strings.TrimSuffix(t.low, "'s"), "’s")
	return demonymWords[low] || demonymLike(low) || countryDemonyms[low] != "" || countryInitials[t.s] || countryInitials[strings.TrimSuffix(strings.TrimSuffix(t.s, "'s"), "’s")]
}

// policeForce returns the police force a bare "police" (or a country's:
// "US police say") speaking at pos stands for: the force the article named
// last before pos, else the first it names after (a lead's "Police say
// ..." before the story names "Moscow police"), else "". With no force
// named, "police said" stays an unnamed source.
func (r *reader) policeForce(pos int) string {
	fs := r.policeForces()
	for i := len(fs) - 1; i >= 0; i-- {
		if fs[i].pos == pos && r.policeInAt(pos) {
			// "Police in Ghana said" is that force; in the lead, the
			// police spokesperson the next paragraphs name comes first
			// (delayedLead), so the force waits
			if len(r.out) == 0 {
				return ""
			}
			return fs[i].name
		}
		if fs[i].pos < pos {
			return fs[i].name
		}
	}
	if len(fs) > 0 {
		return fs[0].name
	}
	return ""
}

// policeRef reads a lower-case "police" at token j as a speaker: "the
// police said" and a country's police ("US police say") are the force the
// article names (policeForce); a place's police ("Moscow police
// confirmed", "the New York police said") is that force by that name. A
// bare "police said" with no force named, and police that are not the
// clause's subject ("officials and police said", "clashes with police"),
// are left to the other rules.
func (r *reader) policeRef(ts []tok, st *sent, ref speakerRef, j int) (speakerRef, bool) {
	f := j
	left := runLeft(ts, j-1)
	for len(left) > 0 && leadWords[left[0].low] {
		left = left[1:]
	}
	if len(left) > 0 && (isPossessive(left[len(left)-1]) || hasOrgWord(left) || len(left) > 4) {
		return ref, false
	}
	for _, u := range left {
		if isTitleWord(u.low) && !demonymWords[u.low] {
			return ref, false
		}
	}
	if len(left) > 0 {
		f = indexOf(ts, left[0])
	}
	if f > st.a && ts[f-1].low == "the" {
		f--
	}
	if !ref.inverted && f > st.a && ts[f-1].q < 0 && ts[f-1].s != "," && !subjectStart(ts, st, f) && !subordinators2[ts[f-1].low] {
		return ref, false
	}
	name := r.policeName(ts, j)
	if name == "" {
		return ref, false
	}
	ref.from = f
	ref.name, ref.kind = name, KindOrganisation
	return ref, true
}

// policeName names the lower-case "police" at token j (see policeRef), or
// returns "" when it is a bare "police" and the article names no force, or
// qualified by a title or a body.
func (r *reader) policeName(ts []tok, j int) string {
	left := runLeft(ts, j-1)
	for len(left) > 0 && leadWords[left[0].low] {
		left = left[1:]
	}
	if len(left) > 0 && (isPossessive(left[len(left)-1]) || hasOrgWord(left) || len(left) > 4) {
		return ""
	}
	for _, u := range left {
		if isTitleWord(u.low) && !demonymWords[u.low] {
			return ""
		}
	}
	name := ""
	switch {
	case len(left) == 0:
		name = r.policeForce(ts[j].start)
	case countryWord(left[0]):
		// "US police say" when the article names one force ("Moscow
		// police"): that force
		for _, m := range r.policeForces() {
			if name != "" && name != m.name {
				name = ""
				break
			}
			name = m.name
		}
		if name == "" && !demonymWords[left[0].low] && !demonymLike(left[0].low) {
			// "US police say", no force named: under that name ("Iraqi
			// police" is lowerBody's)
			name = joinToks(r.norm, append(left[:len(left):len(left)], ts[j]))
		}
	case r.tableBody(left) != "":
		// "Scotland Yard police said": the table's police body itself
		name = r.tableBody(left)
	case r.placeLike(left):
		name = joinToks(r.norm, append(left[:len(left):len(left)], ts[j]))
	}
	return name
}

// tableBody returns the canonical name of the organisation of the alias
// table the words left name, or "".
func (r *reader) tableBody(left []tok) string {
	if e, ok := r.al.Lookup(joinToks(r.norm, left)); ok && e.Kind == KindOrganisation {
		return e.Canonical
	}
	return ""
}

// placeLike reports whether the capitalised words before "police" can be
// the place the force serves: not a news outlet or a person the article
// names ("told Reuters police had ...", "Jane Roe police ...").
func (r *reader) placeLike(left []tok) bool {
	n, kind, ok := r.canon(joinToks(r.norm, left), left[0].start)
	if ok && (kind == KindOutlet || kind == KindPerson && r.knownPerson(n)) {
		return false
	}
	return true
}

// apostropheOwner returns the person a possessive written with the
// apostrophe alone names ("Bellows'", "Reyes'"): the run of names ending at
// token e, without titles, when the article knows it as a person; else "".
func (r *reader) apostropheOwner(ts []tok, e int) string {
	run := runLeft(ts, e)
	name := r.stripName(run)
	if len(name) == 0 {
		return ""
	}
	n, kind, ok := r.canon(joinToks(r.norm, name), name[0].start)
	if !ok || kind != KindPerson || !r.knownPerson(n) && len(name) < 2 {
		return ""
	}
	return n
}

// ownDocuments are a body's own words in writing: "a statement from the
// ministry said" is the ministry's (a report from an outlet is not).
var ownDocuments = set(`statement readout communique communiqué letter declaration`)

// sameSentenceOrg returns the organisation named before token k in the
// sentence ("Shares of Acme Corp fell after the company said"): the first
// capitalised name there that the article knows as an organisation and no
// news outlet (the sentence's subject more often than its object: "Acme
// sued Borealis Ltd, and the company said ..."), or "".
func (r *reader) sameSentenceOrg(ts []tok, st *sent, k int) string {
	for m := st.a; m < k; m++ {
		if !isNameTok(ts[m]) {
			continue
		}
		run := runRight(ts[:k], m)
		m += len(run) - 1
		name := r.stripName(run)
		if len(name) == 0 {
			continue
		}
		n, kind, ok := r.canon(joinToks(r.norm, name), name[0].start)
		if !ok || kind != KindOrganisation || !(isOrgName(wordsOf(name)) || corpSuffixes[name[len(name)-1].low] || r.corp[strings.ToLower(n)] != "") {
			continue
		}
		return n
	}
	return ""
}

// lastPersonBefore returns where the last person was mentioned before pos,
// or -1.
func (r *reader) lastPersonBefore(pos int) int {
	for i := len(r.ment) - 1; i >= 0; i-- {
		if r.ment[i].pos < pos {
			return r.ment[i].pos
		}
	}
	return -1
}

// sCapitals are capitals (and seats of bodies) ending in s, which speak
// for their governments as other capitals do: "Brussels said", "Paris
// said".
var sCapitals = set(`brussels paris athens damascus tunis caracas`)

// possessiveBody reads a sentence's subject "COUNTRY's defence ministry"
// opening at token k, before the verb at i: the state body lowerBody
// names, with the verb group ending at i.
func (r *reader) possessiveBody(p *para, st *sent, ref speakerRef, k, i int) (speakerRef, bool) {
	ts := p.ts
	if !strings.HasSuffix(ts[i].low, "ing") {
		// only a participle hanging on the sentence ("..., saying");
		// "X's ministry condemned ... and said" is left to the clause
		// rules
		return ref, false
	}
	for m := k + 1; m < i && m <= k+3 && ts[m].word && !ts[m].up && ts[m].q < 0; m++ {
		if !govBodies[ts[m].low] {
			continue
		}
		if m+1 < i && ts[m+1].word && !ts[m+1].up && govBodies[ts[m+1].low] {
			continue
		}
		if m+1 < i && (isNameTok(ts[m+1]) || titleWords[ts[m+1].low] || personRoles[ts[m+1].low]) {
			// "Sudan's army chief Abdel Fattah al-Burhan", "Qatar's
			// foreign ministry spokesman Majed al-Ansari": the person
			return ref, false
		}
		ref2, ok := r.lowerBody(ts, st, ref, m, false)
		if !ok {
			return ref, false
		}
		ref2.to = i + 1
		return ref2, true
	}
	return ref, false
}

// firstNameOnly reports whether the words from token k are the reporter's
// note that a person gave one name: "who gave only his first name", "who
// asked to be identified only by her first name", "who declined to give
// his surname".
func firstNameOnly(ts []tok, st *sent, k int) bool {
	if ts[k].low != "who" {
		return false
	}
	for m := k + 1; m+1 < st.b && m < k+12 && ts[m].q < 0 && ts[m].s != ","; m++ {
		if (ts[m].low == "first" || ts[m].low == "given") && ts[m+1].low == "name" || ts[m].low == "surname" || ts[m].low == "last" && ts[m+1].low == "name" || ts[m].low == "full" && ts[m+1].low == "name" {
			return true
		}
	}
	return false
}

// ministryCase writes a ministry the article wrote in lower case ("the
// human resources ministry", see lowerMinistry) as its capitalised name
// ("Human Resources Ministry", "Iran's Foreign Ministry").
func ministryCase(s string) string {
	if !strings.HasSuffix(s, " ministry") {
		return s
	}
	w := strings.Fields(s)
	for i, x := range w {
		if c, n := utf8.DecodeRuneInString(x); unicode.IsLower(c) {
			w[i] = string(unicode.ToUpper(c)) + x[n:]
		}
	}
	return strings.Join(w, " ")
}
