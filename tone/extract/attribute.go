package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// found is one attributed statement before scoring: offsets into the
// normalised text, so Text is always norm[start:end].
type found struct {
	speaker    string
	start, end int
	kind, via  string
	// at is, for a kept unnamed lead already given to the body the
	// spokesperson speaks for, its index in reader.out (else -1 or 0 and
	// speaker empty).
	at int
}

type mention struct {
	pos  int
	name string
}

// reader reads one article. It is built per Extract call and holds all the
// per-article state (names seen, pronoun antecedents, statements).
type reader struct {
	norm        string
	title       string
	titleNorm   string
	al          *Aliases
	full        []string                // multi-word person names found in the article
	fullWords   [][]string              // the words of each of full
	fullIdx     map[string][]int        // lower-case first and last word -> indices into full
	mentPos     map[string][]int        // name -> positions it was mentioned at, in order
	ment        []mention               // persons mentioned as subjects or speakers, in order
	others      []mention               // persons named in full after a sentence's subject ("Jane Roe met Jon Weiss"), in order
	orgs        []mention               // organisations that spoke, in order
	subjects    []mention               // names that were a sentence's subject and no known person ("Harbor Foods will cut ...")
	proper      map[string]bool         // lower-case words the article capitalises after a lower-case word
	lower       map[string]bool         // words the article writes in lower case
	unnamed     *found                  // an unnamed spokesperson's lead, kept for the next sentence
	unnamedRole string                  // the role of an owned lead ("his lawyer said"), named in the next sentence
	gender      map[string]string       // canonical -> "m" | "f" learnt from pronouns and titles
	acro        map[string]string       // "JCS" -> "Joint Chiefs of Staff", defined in the article
	corp        map[string]string       // "kakao" -> "Kakao Corp": a company's name with its legal suffix, as the article gives it
	host        string                  // transcript label of the interviewer, when the first turn is a question
	qaSeen      bool                    // a "Q:" paragraph was read
	hansard     bool                    // a parliamentary record: every member's question is their statement
	interviewee string                  // who answers the "A:" paragraphs
	titled      map[string][]titledName // title word -> the persons named with it, in order ("mayor" -> "Linda Okoye")
	press       map[string]bool         // lower-case names of the broadcast's own journalists ("our correspondent Guy Hedgecoe")
	anonRole    map[string]int          // role noun -> where an unnamed one last spoke ("a ministry official said")
	labelAs     map[string]string       // transcript label -> the person it stands for ("THE PRESIDENT" -> "Donald Trump")
	affil       map[string]bool         // acronyms read as a person's affiliation ("BJP" in "BJP MLA Jane Roe"), see affiliation
	single      map[string]bool         // one-word names the article showed to be persons ("said Amina, a mother of three")
	colonBy     string                  // the speaker of a paragraph ending "he said:", whose words follow
	colonPara   int                     // the index of that paragraph
	described   map[string][]mention    // descriptor -> the names the article put it before ("the paramilitary Rapid Support Forces")
	descPerson  map[string][]mention    // lower-case noun -> the persons the article described with it ("nominee John McCain", "Tim Long, an analyst at ...")
	deckPerson  string                  // the one person a standfirst or photo caption names, for a pronoun no prose name precedes
	armed       []mention               // the armed forces the article names ("Sudanese Armed Forces"), for "the army said"
	stmtBy      string                  // the speaker of the last statement said to be made "in a statement"
	docBy       mention                 // where a document last spoke and for whom (`"Q," said a statement from X's office`), for a later "it said"
	paras       []*para                 // the paragraphs read (nil: a headline or boilerplate), for the naming normaliser
	police      []mention               // the police forces the article names ("Moscow police"), see policeForces
	policeDone  bool                    // police was built
	anonSpoke   int                     // where an unnamed person last spoke ("Weiss's lawyer said"), or 0
	out         []found

	// paragraph state
	lastDirect string      // speaker of the last direct quote in this paragraph
	lastVia    string      // the outlet that relayed it, or ""
	anonBody   mention     // the body an unnamed spokesperson last spoke for: a later "he said" is the body's
	prevPara   string      // speaker of the last statement of the previous paragraph if it was a quote
	prevWhole  bool        // prevPara continues only into a paragraph that is one whole quote
	colonLead  string      // speaker of "X said:" ending this paragraph
	openLead   string      // speaker of "X said:" ending the previous paragraph
	pending    []quoteSpan // quotes left open and unattributed in the paragraphs before, in order
	orphan     *quoteSpan  // a quote standing alone that no one was found to say, for the sentence after it
}

func newReader(norm, title string, al *Aliases) *reader {
	return &reader{norm: norm, title: title, titleNorm: NormalizeWords(title), al: al, gender: map[string]string{}}
}

var transcriptLabel = regexp.MustCompile(`^(\p{Lu}[\p{Lu}.'’ -]{0,40}[\p{Lu}.])(?:, (\p{Lu}[\p{Lu}.'’ -]{0,30}))?(?: \(([^)]{1,60})\))?: (\S.*)$`)

// labelIndex is transcriptLabel.FindStringSubmatchIndex(p), tried only on a
// paragraph holding the ": " every label ends with.
func labelIndex(p string) []int {
	if !strings.Contains(p, ": ") {
		return nil
	}
	return transcriptLabel.FindStringSubmatchIndex(p)
}

// qaLabel opens a paragraph of a question-and-answer interview: "Q:",
// "A:", "Question:", "Answer -".
//
// Its label (group 1) lies within a paragraph's first 64 bytes (head).
var qaLabel = regexp.MustCompile(`^(Q|A|Question|Answer|QUESTION|ANSWER|Spokesman|Spokeswoman|Spokesperson|Deputy Spokesman|Deputy Spokeswoman|Deputy Spokesperson|SPOKESMAN|SPOKESWOMAN|SPOKESPERSON)\s?[:—–-]\s*`)

// nonSpeakerLabels are capitalised flags before a colon that no one
// speaks: "BREAKING:", "UPDATE:", "WATCH:", and the section heads of a
// news page ("Details: ...", "Background: ...").
var nonSpeakerLabels = set(`breaking update updated exclusive watch read live analysis opinion note correction
clarification photos video editor's editors warning advisory factbox explainer details background context
summary highlights recap timeline`)

// hansardLabel opens a turn of a parliamentary record: a name (or "The
// Prime Minister") with one or two bracketed notes, then a colon.
var hansardLabel = regexp.MustCompile(`^((?:The )?\p{Lu}[\p{L}.'’-]*(?: (?:of |de |van |von |al-)?\p{Lu}[\p{L}.'’-]*){0,4}) \(([^()]{1,60})\)(?: \([^()]{1,20}\))?: ()\S`)

// isQuestionLabel reports whether a Q:/A: label is the interviewer's.
func isQuestionLabel(l string) bool {
	return strings.EqualFold(l, "q") || strings.EqualFold(l, "question")
}

var journalistLabels = set(`presenter anchor host interviewer reporter correspondent moderator question q narrator
voiceover crosstalk unidentified announcer chair`)

var dateline = regexp.MustCompile(`^[A-Z][\p{L}.'’ ,/-]{0,40}?(?:,? [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|, \d{1,2} [A-Z][a-z]{2,8} \d{4})?(?: \([^)]{1,40}\))?(?: /[^/]{1,40}/)? ?(?:--|—|–|-) |^[A-Z][\p{L}.'’ -]{0,30}, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})? \([A-Z][A-Za-z-]{1,20}\) `)

// bracketDateline is a dateline in brackets opening a paragraph: a place,
// perhaps a date or its state or country ("(CRESCO, Pa.)"), or a wire's
// name, then a dash.
var bracketDateline = regexp.MustCompile(`^\(\p{Lu}[\p{L}.'’ -]{1,30}(?:, \p{Lu}[a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|, \p{Lu}[\p{L}]{1,12}\.?)?\) ?(?:--|—|–|-) `)

// bracketDatelineTight is a wire's name in brackets, then a dash with no
// space before the sentence's capital: "(Reuters) -Acme shares fell".
var bracketDatelineTight = regexp.MustCompile(`^(\(\p{Lu}[\p{L}.'’ -]{1,30}\) ?(?:--|—|–|-))\p{Lu}`)

// yearBracketDateline is a place in capitals, then a bracket holding a
// year (the wire and the date), before the sentence: "ANKARA (UrduPoint
// News / Sputnik - 03rd January, 2023) ".
var yearBracketDateline = regexp.MustCompile(`^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3},? \([^()]{0,80}\b(?:19|20)\d\d\) `)

// pageDate is a page's date field opening a paragraph: "date 2021-02-17 ".
var pageDate = regexp.MustCompile(`^ *[Dd]ate:? \d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)? +`)

// datelineLen returns the length of a dateline ("CAIRO, March 4 (Wire) - ")
// at the start of a paragraph, or 0.
func datelineLen(p string) int {
	if len(p) > 200 {
		// a dateline is short: no need to scan the paragraph
		p = strings.ToValidUTF8(p[:200], "")
	}
	if m := pageDate.FindString(p); m != "" {
		// " date 2021-02-17 The storm ...": a page's date field run into
		// the paragraph, then perhaps a dateline
		return len(m) + datelineLen(p[len(m):])
	}
	if n := creditLen(p); n > 0 {
		// "Courtesy Jane Doe (BRIDGEVILLE, Del.) — ": a photo's credit
		// run into the dateline is no name opening the sentence
		if d := datelineLen(p[n:]); d > 0 {
			return n + d
		}
	}
	if p != "" && p[0] == '(' {
		// a press release's "(Beirut, November 29, 2026) – ", "(Bloomberg) -- "
		if m := bracketDateline.FindString(p); m != "" {
			return len(m)
		}
		// a wire's "(Reuters) -Acme shares fell": the dash run into the
		// sentence's first word
		if m := bracketDatelineTight.FindStringSubmatchIndex(p); m != nil {
			return m[3]
		}
		return 0
	}
	if m := yearBracketDateline.FindString(p); m != "" && len(m) < len(p) && p[len(m)] >= 'A' && p[len(m)] <= 'Z' {
		// "ANKARA (UrduPoint News / Sputnik - 03rd January, 2023) Ankara
		// is ...": a place in capitals and a bracket with the wire and
		// the date, no dash
		return len(m)
	}
	if p == "" || p[0] < 'A' || p[0] > 'Z' || !datelineEnd(p) {
		return 0
	}
	m := dateline.FindString(p)
	if m == "" {
		return 0
	}
	if leadingCaps(m) >= 3 || strings.Contains(m, "(") || strings.Contains(m, "/") || placeDash(m, p[len(m):]) {
		return len(m)
	}
	return 0
}

// placeDash reports whether dateline match m is a place written in mixed
// case ("Detroit — ", "San Jose — ") before a capitalised sentence: one to
// three capitalised words, no sentence opener among them ("The PDM — an
// alliance", "But — "). Over the gold of every set no statement ever
// started with a dateline (9 started right after one).
func placeDash(m, rest string) bool {
	if rest == "" || rest[0] < 'A' || rest[0] > 'Z' {
		return false
	}
	f := strings.FieldsFunc(m, func(r rune) bool { return r == ' ' || r == ',' || r == '—' || r == '–' || r == '-' })
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	for _, w := range f {
		if w[0] < 'A' || w[0] > 'Z' || leadWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// leadingCaps counts the capital letters of s before its first lower-case
// letter: a dateline's place is written in capitals ("SEOUL, Nov 29").
func leadingCaps(s string) int {
	caps := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			caps++
		} else if unicode.IsLower(r) {
			break
		}
	}
	return caps
}

// creditOpen is a photo credit's opening word: "Courtesy Jane Doe",
// "Photo courtesy of Jane Doe".
var creditOpen = regexp.MustCompile(`^(?:(?:Photo|Image|Picture|Video)s? )?(?:Courtesy|courtesy)(?: of)? `)

// creditLen returns the length of a photo credit opening p ("Courtesy Jane
// Doe", up to four capitalised words) when a dateline follows it, or 0.
func creditLen(p string) int {
	m := creditOpen.FindString(p)
	if m == "" {
		return 0
	}
	i, words := len(m), 0
	for words < 4 && i < len(p) && p[i] >= 'A' && p[i] <= 'Z' {
		j := i
		for j < len(p) && p[j] != ' ' && p[j] != '(' {
			j++
		}
		words++
		if j < len(p) && p[j] == '(' {
			return j
		}
		if j+1 < len(p) && datelineLen(p[j+1:]) > 0 {
			return j + 1
		}
		i = j + 1
	}
	return 0
}

// datelineEnd reports whether p holds what each of dateline's forms ends
// with, a dash and a space ("CAIRO, March 4 (Wire) - ") or, before the
// wire's name in brackets, a space and a bracket ("LONDON, March 4
// (Reuters) "): a cheap test before the regexp.
func datelineEnd(p string) bool {
	return strings.Contains(p, "- ") || strings.Contains(p, "— ") || strings.Contains(p, "– ") || strings.Contains(p, " (")
}

// isHeadline reports whether a paragraph is a headline or other label, not
// prose: mostly capitals, the article's title, or short with no closing
// punctuation.
func (r *reader) isHeadline(p string) bool {
	p = p[:signOffStart(p, 0, len(p))] // "... he said. - THE STAR" is prose
	if r.titleNorm != "" && len(p) <= 2*len(r.title)+8 && equalWords(p, r.titleNorm) {
		return true
	}
	up, low := 0, 0
	for _, c := range p {
		if unicode.IsUpper(c) {
			up++
		} else if unicode.IsLower(c) {
			low++
		}
	}
	if up >= 8 && up*10 >= (up+low)*7 {
		return !transcriptLabel.MatchString(p) || low == 0
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	if strings.ContainsRune(`"'”’`, last) && quoteHeadline.MatchString(p) {
		// "Jane Roe: ‘We will not be rushed’": a link's or video's
		// headline, the quote with no stop of its own
		return true
	}
	if strings.ContainsRune(`.!?"”’':;)…»“‘`, last) {
		return false
	}
	return len(strings.Fields(p)) <= 14 && !transcriptLabel.MatchString(p)
}

// quoteHeadline is a headline made of a name, a colon and a short quote
// with no stop of its own: "Jane Roe: ‘We will not be rushed’".
var quoteHeadline = regexp.MustCompile(`^(?:\p{Lu}[\p{L}.'’-]*\s){0,3}\p{Lu}[\p{L}.'’-]*: ["'“‘][^"“”‘’.!?]{1,80}[^"“”‘’.!?,;:\s]["'”’]$`)

// deck reports whether a paragraph above the story's first paragraph of
// prose is a headline's deck or standfirst: a line of up to 60 words that
// does not end as a sentence does, and is no transcript label.
func deck(p string) bool {
	last, _ := utf8.DecodeLastRuneInString(p)
	if strings.ContainsRune(`.!?"”’':;)…»“‘`, last) || transcriptLabel.MatchString(p) || signedLine(p) {
		return false
	}
	if pastLead.MatchString(p) {
		// "Acme Corp said Tuesday it will buy ..." with its stop lost: a
		// lead in the past tense of news copy, not a standfirst (which
		// says "X says Y")
		return false
	}
	return len(strings.Fields(p)) <= 60
}

// pastLead finds the past-tense speech verb and the day of a news lead:
// "said Tuesday", "told reporters on Monday".
var pastLead = regexp.MustCompile(`\b(?:said|told|announced|reported)\b(?: \p{Ll}+){0,3} (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)

// boilerplateLeads open a paragraph that is the page's or the wire's, not
// the story's: credits, links to other stories, adverts, sign-up boxes.
// A lead ending in a space must be followed by more words; the others are
// complete.
var boilerplateLeads = []string{"reporting by ", "additional reporting by ", "writing by ", "editing by ",
	"compiled by ", "produced by ", "research by ", "translated by ", "translation by ", "read more:", "read more |",
	"read more -", "read also:", "read also |", "see also:", "watch:", "listen:", "related:", "related stories",
	"related articles", "related coverage", "more on this", "advertisement", "sponsored", "sign up", "subscribe",
	"click here", "follow us", "our standards", "copyright", "©", "all rights reserved", "photo:", "photo -",
	"photo |", "photo credit", "file photo", "image:", "picture:", "photograph:", "video:", "caption:",
	"this story has been updated", "this story was updated", "this article has been updated", "this article was updated",
	"this story has been corrected", "this article has been corrected", "updated:", "published:", "first published",
	"also read:", "also read |", "also read -", "also see:", "see more:", "read next:", "read next |", "must read:",
	"don't miss:", "do not miss:", "recommended:", "recommended stories", "trending:", "trending now", "top stories",
	"you may also like", "you might also like", "more stories", "more from ", "related article", "related news",
	"related video", "suggested reading", "further reading", "catch up:", "in pics:", "in pictures:"}

// photoCredit ends a photo caption: "(Reuters/Jane Doe)", "REUTERS/Jane
// Doe", "Photo: Jane Doe/AFP", "Getty Images".
var photoCredit = regexp.MustCompile(`(?:\(\s*[\p{L}. ]{2,40}/[\p{L}. ]{2,40}\)|\b[A-Z]{2,}/[\p{L}. ]{2,40}|\b(?:Photo|Photograph|Picture|Image)s?:\s*[^.]{2,60}|Getty Images)\.?\s*$`)

// isBoilerplate reports whether a paragraph is page furniture that
// readability or a copy-paste left in: a "Read more:" link, a "Reporting
// by ...; Editing by ..." credit, an advert or sign-up line, or a photo
// caption ending with its credit. None of it is ever a statement.
func isBoilerplate(p string) bool {
	head := p
	if len(head) > 48 {
		head = head[:48]
	}
	head = strings.TrimLeft(toLower(head), "( ")
	for _, l := range boilerplateLeads {
		if strings.HasPrefix(head, l) {
			return true
		}
	}
	if strings.HasPrefix(head, "updated ") && len(head) > 8 && head[8] >= '0' && head[8] <= '9' {
		// "Updated 10:42 GMT": a live page's stamp
		return true
	}
	tail := p
	if len(tail) > 120 {
		tail = strings.ToValidUTF8(tail[len(tail)-120:], "")
	}
	if !strings.Contains(tail, "/") && !strings.Contains(tail, "Getty") && !strings.Contains(tail, "Photo") &&
		!strings.Contains(tail, "Picture") && !strings.Contains(tail, "Image") {
		return false
	}
	return photoCredit.MatchString(tail)
}

// read finds the statements of the article.
func (r *reader) read() {
	paras := paragraphs(r.norm)
	ps := make([]*para, len(paras))
	labels := 0
	var decks []*para
	top := true // no paragraph of prose read yet
	// a page's insertion: "Related Articles", "Advertisement", a link
	furniture := make([]bool, len(paras))
	for i, p := range paras {
		if isBoilerplate(r.norm[p[0]:p[1]]) {
			furniture[i] = true
		}
		if r.isHeadline(r.norm[p[0]:p[1]]) && !signedLine(r.norm[p[0]:p[1]]) || furniture[i] {
			if h := strings.TrimSpace(r.norm[p[0]:p[1]]); top && i > 0 && h != strings.TrimSpace(r.title) && !strings.HasPrefix(strings.TrimSpace(r.norm[paras[0][0]:paras[0][1]]), h) && len(strings.Fields(h)) >= 8 && sentenceCase(h) && !isBoilerplate(h) {
				// a subheading in sentence case under the headline
				// ("Turkish Prime Minister Binali Yildirim is in Minsk on
				// a 2-day visit"): no statement, but its names are the
				// article's, as a standfirst's
				dp := &para{start: p[0], end: p[1], index: i}
				dp.qs = scanQuotes(r.norm, p[0], p[1])
				dp.ts = r.tokens(p[0], p[1], dp.qs)
				decks = append(decks, dp)
			}
			continue
		}
		if top {
			if deck(r.norm[p[0]:p[1]]) {
				// a standfirst under the headline ("X says Y will not
				// rest; Z urges W to act"): a headline, however long. Its
				// names are the article's still (a photo's caption "Jane
				// Roe Okafor addresses a rally. PHOTO: X" over "Okafor
				// said"), read by prescan only
				dp := &para{start: p[0], end: p[1], index: i}
				dp.qs = scanQuotes(r.norm, p[0], p[1])
				dp.ts = r.tokens(p[0], p[1], dp.qs)
				decks = append(decks, dp)
				continue
			}
			top = menuFragment(r.norm[p[0]:p[1]])
		}
		pp := &para{start: p[0], end: p[1], index: i}
		pp.qs = scanQuotes(r.norm, p[0], p[1])
		pp.ts = r.tokens(p[0], p[1], pp.qs)
		if m := labelIndex(r.norm[p[0]:p[1]]); m != nil {
			pp.label, pp.turn = labelName(r.norm[p[0]+m[2]:p[0]+m[3]]), p[0]+m[8]
			if m[4] >= 0 {
				// "JAKE TAPPER, CNN ANCHOR:"
				for _, w := range strings.Fields(strings.ToLower(r.norm[p[0]+m[4] : p[0]+m[5]])) {
					if journalistLabels[w] {
						pp.labelPress = true
					}
				}
			}
			if m[6] >= 0 {
				pp.labelNote = r.norm[p[0]+m[6] : p[0]+m[7]]
			}
			if nonSpeakerLabels[strings.ToLower(pp.label)] {
				// "BREAKING: ...", "UPDATE: ...": a flag, not a speaker
				pp.label = ""
			} else {
				labels++
			}
		}
		ps[i] = pp
	}
	// a one-word label opening the first paragraph, never used again, is
	// a dateline ("PARIS: ..."), not a speaker
	for _, p := range ps {
		if p == nil {
			continue
		}
		if p.label != "" && (!strings.Contains(p.label, " ") || datelineLabel(p)) && !journalistLabels[strings.ToLower(p.label)] && p.labelNote == "" && !p.labelPress {
			again := false
			var repeats []*para
			for _, q := range ps {
				if q != nil && q != p && q.label == p.label {
					if sameLead(r.norm, p, q) {
						// the page's summary repeats the lead with its
						// dateline ("LIBREVILLE: Seventy-one people ...")
						repeats = append(repeats, q)
						continue
					}
					again = true
				}
			}
			if !again {
				p.label = ""
				labels--
				for _, q := range repeats {
					q.label = ""
					labels--
				}
			}
		}
		break
	}
	// "Q: ..." / "A: ..." interviews: both kinds of paragraph, one of them
	// at least twice
	var nq, na int
	for _, p := range ps {
		if p == nil {
			continue
		}
		if m := qaLabel.FindStringSubmatchIndex(head(r.norm[p.start:p.end], 64)); m != nil {
			if isQuestionLabel(r.norm[p.start+m[2] : p.start+m[3]]) {
				nq++
			} else {
				na++
			}
		}
	}
	if nq >= 1 && na >= 1 && nq+na >= 3 {
		for _, p := range ps {
			if p == nil {
				continue
			}
			if m := qaLabel.FindStringSubmatchIndex(r.norm[p.start:p.end]); m != nil {
				p.qa = 'a'
				if isQuestionLabel(r.norm[p.start+m[2] : p.start+m[3]]) {
					p.qa = 'q'
				}
				p.turn = p.start + m[1]
				p.label = ""
			}
		}
	}
	if labels >= 2 {
		// a transcript's speakers take turns: some label comes back, or
		// an interviewer's does; labels that never repeat ("KYIV: ...",
		// "MOSCOW: ..." in a round-up) are datelines
		seen, turns := map[string]bool{}, false
		for _, p := range ps {
			if p == nil || p.label == "" {
				continue
			}
			if seen[p.label] || journalistLabels[strings.ToLower(p.label)] || p.labelPress || p.labelNote != "" {
				turns = true
			}
			seen[p.label] = true
		}
		if !turns {
			labels = 0
		}
	}
	hansardN := 0
	if labels < 2 {
		for _, p := range ps {
			if p != nil && strings.Contains(r.norm[p.start:p.end], "): ") && hansardLabel.MatchString(r.norm[p.start:p.end]) {
				hansardN++
			}
		}
	}
	if labels < 2 {
		labels = r.mixedLabels(ps)
		if labels >= 2 && hansardN >= 2 {
			// a parliamentary record read as a transcript: no interviewer
			r.hansard = true
		}
	}
	if labels < 2 {
		// one "WASHINGTON: ..." is a dateline, not a transcript
		for _, p := range ps {
			if p != nil {
				p.label = ""
			}
		}
		// a parliamentary record: "Kemi Badenoch (North West Essex)
		// (Con): ...", "The Prime Minister (Keir Starmer): ..."
		if hansardN >= 2 {
			r.hansard = true
			for i, p := range ps {
				if p == nil {
					continue
				}
				line := r.norm[p.start:p.end]
				var next *para
				if strings.HasSuffix(line, ":") && len(p.qs) == 0 && i+1 < len(ps) && ps[i+1] != nil && hansardLabel.FindStringIndex(r.norm[ps[i+1].start:ps[i+1].end]) == nil {
					// "Jane Roe (Baltic coach):" alone on its line, the
					// turn in the paragraph after it
					next, line = ps[i+1], line+" -"
				}
				if m := hansardLabel.FindStringSubmatchIndex(line); m != nil {
					name := r.norm[p.start+m[2] : p.start+m[3]]
					if strings.HasPrefix(name, "The ") && m[4] >= 0 {
						// "The Prime Minister (Keir Starmer)": the name in brackets
						name = r.norm[p.start+m[4] : p.start+m[5]]
					}
					p.label, p.turn = name, p.start+m[6]
					if next != nil {
						p.turn, p.turnEnd, next.cont = next.start, next.end, true
					}
				}
			}
		}
	} else {
		r.mixedTurns(ps)
		for _, p := range ps {
			if p != nil && p.label == "" && questionTurn.MatchString(r.norm[p.start:p.end]) {
				p.question = true
			}
		}
	}
	r.paras = ps
	r.signedQuotes(paras, ps)
	r.prescan(append(decks, ps...))
	r.deckPerson = r.onePersonIn(decks)
	if labels >= 2 {
		r.titleLabels(paras, ps)
		r.continueTurns(ps)
	}
	var lastRead *para // the paragraph read last, if the ones after it were skipped
	skipped := 0
	for i, p := range ps {
		if p == nil && furniture[i] && lastRead != nil && skipped < 2 {
			// "Related Articles", "Advertisement", "READ MORE: ..." between
			// two paragraphs: the page's, no break in the copy, so a quote
			// after it may go on with the speaker before it
			skipped++
			continue
		}
		if lastRead != nil && skipped < 2 && len(lastRead.qs) > 0 && lastRead.qs[len(lastRead.qs)-1].OpenEnded && (r.prevPara != "" || len(r.pending) > 0) && (p == nil || r.quoteHead(p)) {
			// a crosshead ("‘I had to do my job’") or a photo caption
			// inside a quote the paragraph before left open ("... he
			// said: “We cannot ..." / "Fishing dispute" / "“Our friends
			// ..."): the quote runs on past it
			skipped++
			continue
		}
		if p == nil {
			r.pending = nil
			r.prevPara = ""
			r.colonLead = ""
			continue
		}
		if p.question || p.cont {
			// a journalist's question is nobody's statement; a continued
			// turn was read with its label
			r.prevPara = ""
			lastRead = nil
			continue
		}
		r.paragraph(p)
		lastRead, skipped = p, 0
	}
}

// quoteHead reports whether paragraph p is a crosshead made of a few
// quoted words ("‘I had to do my job’"): one quote, the whole paragraph,
// at most eight words and no stop. Between two paragraphs of one running
// quote it is the page's, not a statement.
func (r *reader) quoteHead(p *para) bool {
	if len(p.qs) != 1 || p.label != "" {
		return false
	}
	q := p.qs[0]
	if q.Open != p.start || q.OpenEnded || strings.TrimSpace(r.norm[q.Close:p.end]) != "" {
		return false
	}
	w := strings.TrimSpace(r.norm[q.From:q.To])
	return w != "" && len(strings.Fields(w)) <= 8 && !strings.ContainsAny(w, ".!?:;")
}

// signedQuotes finds a press release's quote blocks: a paragraph that is
// one whole quote, followed by a line that opens with a dash and names the
// speaker ("— The Honourable Jane Roe", "-- Jon Weiss, chief executive of
// Baltic Grid"), often with the speaker's post on the next line.
func (r *reader) signedQuotes(paras [][2]int, ps []*para) {
	for i := 0; i < len(paras); i++ {
		p := ps[i]
		if p == nil || len(p.qs) != 1 || p.label != "" || p.qs[0].Open != p.start || p.qs[0].OpenEnded {
			continue
		}
		q := p.qs[0]
		var name string
		if q.Close < p.end {
			// `"Q." — The Honourable Jane Roe, Minister of ...` on one line
			name = signature(r.norm[q.Close:p.end], true)
		} else if i+1 < len(paras) {
			// the signature on the next line, with a dash or, as a bare
			// line of its own, "Jane Roe, Minister of Industry"
			name = signature(r.norm[paras[i+1][0]:paras[i+1][1]], ps[i+1] == nil)
		}
		if name == "" {
			continue
		}
		if e, ok := r.al.Lookup(name); ok && e.Kind == KindOutlet || isOutletName(strings.Fields(name)) {
			// `"Q." - Reuters`: a wire's credit, no signer
			continue
		}
		p.signedBy = name
		// a quote over several paragraphs before the signature
		for m := i - 1; m >= 0; m-- {
			c := ps[m]
			if c == nil || len(c.qs) != 1 || c.qs[0].Open != c.start || !c.qs[0].OpenEnded || c.label != "" {
				break
			}
			c.signedBy = name
		}
	}
}

// signedLine reports whether a line is a quote followed by a dash and its
// signature: `"Q." — The Honourable Jane Roe`.
func signedLine(line string) bool {
	if r, _ := utf8.DecodeRuneInString(line); r != '"' && !isDoubleOpen(r) {
		return false
	}
	for _, sep := range []string{"\" —", "\" –", "\" -", "” —", "” –", "” -"} {
		if strings.Contains(line, sep) {
			return true
		}
	}
	return false
}

// signature returns the name of a quote's signature line: "— The
// Honourable Jane Roe", "-- Jon Weiss, President and CEO" or, when bare
// (a line that is no sentence), "Jane Roe, Minister of Industry"; else "".
func signature(line string, bare bool) string {
	line = strings.TrimSpace(line)
	rest := strings.TrimLeft(line, "—–- ")
	if len(rest) == len(line) {
		if !bare || strings.ContainsAny(line[len(line)-1:], ".!?:;\"”") {
			return ""
		}
	} else if len(line)-len(rest) > 4 {
		return ""
	}
	dashed := len(rest) != len(line)
	if k := strings.IndexAny(rest, ",("); k >= 0 {
		if !dashed {
			// a bare line must give a post: "Jane Roe, Minister of Industry"
			post := false
			for _, w := range strings.Fields(strings.ToLower(rest[k+1:])) {
				if titleWords[w] && !demonymWords[w] {
					post = true
				}
			}
			if !post {
				return ""
			}
		}
		rest = rest[:k]
	} else if !dashed {
		return ""
	}
	if dashed {
		// the signature's own full stop: "– Jane Roe."
		rest = strings.TrimRight(strings.TrimSuffix(strings.TrimRight(rest, " "), "."), " ")
	}
	ts := tokenize(rest, 0, len(rest))
	if dashed {
		ts = signedDescriptor(ts)
	}
	if len(ts) == 0 || len(ts) > 8 {
		return ""
	}
	for i, t := range ts {
		if !isNameTok(t) && !connectors[t.low] && !(dashed && innerOf(ts, i)) {
			return ""
		}
	}
	name := stripName(ts)
	if len(name) == 0 || (!dashed && len(name) < 2) || isOrgName(wordsOf(name)) {
		return ""
	}
	return joinToks(rest, name)
}

// signedDescriptor drops what describes the signer in lower case before
// the name on a dash signature ("– opposition leader Jane Roe", "— the
// company's chief executive Jane Roe", "- NASA spokesperson Jane Roe"): a
// few words, none a preposition, auxiliary or verb of speech, the last a
// noun of a person's role. Any other run comes back whole.
func signedDescriptor(ts []tok) []tok {
	j := -1
	for i, t := range ts {
		if !isNameTok(t) && !connectors[t.low] && !innerOf(ts, i) {
			j = i
		}
	}
	if j < 0 || j+1 >= len(ts) || j >= 6 {
		return ts
	}
	if !roleNoun(ts[j]) && !descriptorWord(ts[j]) && !(isTitleWord(ts[j+1].low) || capTitles[ts[j+1].low]) {
		// (any word may qualify a title: "retired General Jane Roe")
		return ts
	}
	for _, t := range ts[:j+1] {
		if !t.word || t.q >= 0 || prepWords[t.low] || namePrepositions[t.low] || auxWords[t.low] || speechVerbs[t.low] != 0 {
			return ts
		}
	}
	return ts[j+1:]
}

// innerOf reports whether ts[i] is the "of" inside a capitalised title
// ("Secretary of State", "Minister of Finance").
func innerOf(ts []tok, i int) bool {
	return ts[i].low == "of" && i > 0 && i+1 < len(ts) && isNameTok(ts[i-1]) && isNameTok(ts[i+1]) &&
		(isTitleWord(ts[i-1].low) || capTitles[ts[i-1].low])
}

// mixedTurns completes a transcript whose labels in capitals were found
// with the turns labelled in mixed case ("Interviewer: ..." between
// "LAVROV: ..." turns, "Mokoko: ..." between "BBC: ..." turns): a mixed
// label that comes back, or an interviewer's, opens a turn too, so that
// the turn before it ends there and does not swallow it.
func (r *reader) mixedTurns(ps []*para) {
	type cand struct {
		p           *para
		label, note string
		turn        int
	}
	var cs []cand
	seen := map[string]int{}
	for _, p := range ps {
		if p == nil || p.label != "" || p.qa != 0 {
			continue
		}
		label, note, turn, ok := mixedLabel(r.norm[p.start:p.end])
		if !ok || len(label) < 2 || nonSpeakerLabels[strings.ToLower(label)] {
			continue
		}
		cs = append(cs, cand{p, label, note, turn})
		seen[label]++
	}
	for _, c := range cs {
		if seen[c.label] >= 2 || journalistLabels[strings.ToLower(c.label)] {
			c.p.label, c.p.labelNote, c.p.turn = labelName(c.label), c.note, c.p.start+c.turn
		}
	}
}

// mixedLabels finds transcript labels written in mixed case ("The Prime
// Minister (Keir Starmer):", "Secretary-General:", "Question:") when the
// article has at least three of them and one comes back, so that a lone
// "Photo: ..." or "Read more: ..." is never taken for a turn. It returns
// how many it set.
func (r *reader) mixedLabels(ps []*para) int {
	type cand struct {
		p           *para
		label, note string
		turn        int
		next        *para // the turn's paragraph after a label alone on its line
	}
	var cs []cand
	seen := map[string]int{}
	for i, p := range ps {
		if p == nil {
			continue
		}
		if p.qa != 0 {
			continue // a "Q:" / "A:" interview
		}
		line := r.norm[p.start:p.end]
		label, note, turn, ok := mixedLabel(line)
		var next *para
		if t := strings.TrimSpace(line); !ok && strings.HasSuffix(t, ":") && len(p.qs) == 0 && i+1 < len(ps) && ps[i+1] != nil && ps[i+1].qa == 0 {
			// "Jane Roe (Baltic coach):" alone on its line, the turn in
			// the paragraph after it
			if _, _, _, again := mixedLabel(r.norm[ps[i+1].start:ps[i+1].end]); !again {
				if label, note, _, ok = mixedLabel(t + " -"); ok {
					next, turn = ps[i+1], ps[i+1].start-p.start
				}
			}
		}
		if !ok || len(label) < 2 {
			continue
		}
		cs = append(cs, cand{p, label, note, p.start + turn, next})
		seen[label]++
	}
	again := false
	for _, n := range seen {
		if n >= 2 {
			again = true
		}
	}
	if len(cs) < 3 || !again {
		return 0
	}
	for _, c := range cs {
		c.p.label, c.p.labelNote, c.p.turn = labelName(c.label), c.note, c.turn
		if c.next != nil {
			c.p.turnEnd, c.next.cont = c.next.end, true
		}
	}
	return len(cs)
}

// mixedLabel reads a mixed-case transcript label at the start of a line: up
// to six capitalised words (with "of", "the", "for", "and" inside), then
// bracketed notes, then ": ". It returns the label, the first note and where
// the words start.
func mixedLabel(line string) (label, note string, turn int, ok bool) {
	c := strings.Index(line, ": ")
	if c <= 0 || c > 90 || c+2 >= len(line) {
		return "", "", 0, false
	}
	head := line[:c]
	for {
		o := strings.LastIndex(head, " (")
		if o < 0 || !strings.HasSuffix(head, ")") {
			break
		}
		note = head[o+2 : len(head)-1]
		head = head[:o]
	}
	words := strings.Fields(head)
	if len(words) == 0 || len(words) > 6 {
		return "", "", 0, false
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
		case i > 0 && i < len(words)-1 && (w == "of" || w == "the" || w == "for" || w == "and"):
		default:
			return "", "", 0, false
		}
		if strings.ContainsAny(w, "0123456789,;\"“”") || notLabelWords[strings.ToLower(w)] || dayWords[strings.ToLower(w)] {
			return "", "", 0, false
		}
	}
	return head, note, c + 2, true
}

// notLabelWords make "WORDS: ..." a page's furniture or a heading, never a
// speaker's turn: "Read More:", "Photo:", "Editor's Note:".
var notLabelWords = set(`read more photo photos picture watch video listen see also related source sources credit image
caption update updated note editor's live breaking advertisement follow share contact tags topics published by story
warning exclusive analysis opinion explainer timeline background context correction file details summary highlights
recap`)

// questionTurn is a transcript's question turn without a name: "Q Is there
// a timeline?", "Q: ...", "Q. ...".
var questionTurn = regexp.MustCompile(`^Q[:.]? +\S`)

// firstSecondPerson are the words of someone speaking, never of a reporter's
// narration: a transcript paragraph with one of them continues the turn
// before it.
var firstSecondPerson = set(`i we our us my me you your ours i'm we're we've i've we'll i'll`)

// continueTurns joins to a speaker's transcript turn the unlabelled
// paragraphs that follow it and read as the same person speaking: no quote
// marks, and a first- or second-person word ("we expect other countries
// to ..."). Narration between turns ("Later, the minister visited ...") has
// neither and stays prose.
func (r *reader) continueTurns(ps []*para) {
	for i := 0; i < len(ps); i++ {
		p := ps[i]
		if p == nil || p.label == "" || r.isPress(p.label) {
			continue
		}
		if p.turnEnd < p.end {
			p.turnEnd = p.end
		}
		for j := i + 1; j < len(ps); j++ {
			c := ps[j]
			if c == nil || c.label != "" || c.question || len(c.qs) > 0 || !speaksFirstPerson(c.ts) {
				break
			}
			c.cont = true
			p.turnEnd = c.end
			i = j
		}
	}
}

// speaksFirstPerson reports whether a paragraph has a first- or
// second-person word.
func speaksFirstPerson(ts []tok) bool {
	for _, t := range ts {
		if t.word && firstSecondPerson[strings.ReplaceAll(t.low, "’", "'")] {
			return true
		}
	}
	return false
}

// titleLabels completes the one-word transcript labels ("MS. LEAVITT:") with
// the full name the article's title gives ("Press Briefing by Press
// Secretary Karoline Leavitt") or a header line the reader skipped as no
// prose ("Karoline Leavitt, Press Secretary" above the transcript), when
// the text itself never gives it.
func (r *reader) titleLabels(paras [][2]int, ps []*para) {
	var ts []tok
	if r.title != "" {
		ts = tokenize(r.title, 0, len(r.title))
	}
	for i, p := range paras {
		if ps[i] == nil && p[1]-p[0] <= 200 {
			// a header line: the words before and after it are no name
			ts = append(ts, tok{s: "\n"})
			ts = append(ts, tokenize(r.norm, p[0], p[1])...)
		}
	}
	if len(ts) == 0 {
		return
	}
	done := map[string]bool{}
	for _, p := range ps {
		if p == nil || p.label == "" || strings.Contains(p.label, " ") || done[p.label] {
			continue
		}
		done[p.label] = true
		if r.articleFull(titleCase(p.label), len(r.norm)) != "" {
			continue
		}
		for k := 1; k < len(ts); k++ {
			prev := ts[k-1]
			if !strings.EqualFold(ts[k].s, p.label) || !isNameTok(prev) || titleWords[prev.low] || leadWords[prev.low] || isPossessive(prev) || !isNameTok(ts[k]) {
				continue
			}
			r.addFull(prev.s + " " + ts[k].s)
			break
		}
	}
}

// prescan collects the multi-word person names of the article, so that a
// later "Shoukry" or "Mr Starmer" resolves to "Sameh Shoukry" and "Keir
// Starmer".
func (r *reader) prescan(ps []*para) {
	seen := map[string]bool{}
	r.acro = map[string]string{}
	r.titled = map[string][]titledName{}
	r.press = map[string]bool{}
	r.proper = map[string]bool{}
	firstTurn := true
	for _, p := range ps {
		if p == nil {
			continue
		}
		if p.label != "" && firstTurn && !r.hansard && strings.HasSuffix(r.norm[p.turn:p.end], "?") {
			// an interview opens with the interviewer's question
			r.host = p.label
		}
		if p.label != "" {
			// (an introduction before the first turn is no turn)
			firstTurn = false
		}
		if p.label != "" && journalistLabels[strings.ToLower(p.label)] && p.labelNote != "" {
			// "ANCHOR (Sophie Raworth):": a later "SOPHIE RAWORTH:" is the anchor too
			r.addPress(p.labelNote)
		}
		if p.labelPress {
			r.addPress(p.label)
		}
		r.acronyms(p.ts)
		for k, t := range p.ts {
			// capitalised after another word: "fined Apple", "Senior Hamas official"
			if t.word && t.up && t.q < 0 && k > 0 && p.ts[k-1].word && p.ts[k-1].q < 0 && !(k == 1 && p.label != "") {
				r.proper[t.low] = true
			}
		}
		if p.label != "" && !journalistLabels[strings.ToLower(p.label)] {
			n := titleCase(p.label)
			if len(strings.Fields(n)) >= 2 && !seen[n] {
				seen[n] = true
				r.addFull(n)
			}
		}
		ts := p.ts
		if p.question && len(ts) > 0 {
			ts = ts[1:] // "Q Jon Weiss said ...": the label is no part of a name
		}
		for j := 0; j < len(ts); j++ {
			if !isNameTok(ts[j]) {
				continue
			}
			if r.saysAfterQuote(ts, j) {
				// `"Q," Willis said`: a surname alone, saying a quote, is a person
				if r.single == nil {
					r.single = map[string]bool{}
				}
				r.single[ts[j].s] = true
			}
			run := runRight(ts, j)
			j += len(run) - 1
			name := r.stripName(run)
			if k := indexOf(ts, run[0]); len(name) >= 3 && orgLed(run, name) && titleOf(ts, &sent{a: 0, b: len(ts)}, k) {
				// "Speaker of the House Mike Johnson"
				name = personAfterOrg(name)
			}
			if k := indexOf(ts, run[0]); len(name) >= 3 && len(name) == len(run) && titleAnd(ts, &sent{a: 0, b: len(ts)}, k) {
				// "Minister of Manpower and Immigration Jane Roe"
				name = personAfterPortfolio(name)
			}
			if n := len(run); len(name) == 0 && n >= 3 && isPossessive(run[n-1]) && (titleWords[run[0].low] || n >= 4 && (countryInitials[run[0].s] || demonymWords[run[0].low]) && titleWords[run[1].low]) {
				// "Prime Minister Jane Roe's office said", "US President
				// Jon Weiss's peace plan": the titles of the owner
				last := run[n-1]
				cut := len(last.s) - len(strings.TrimSuffix(strings.TrimSuffix(last.s, "'s"), "’s"))
				last.s, last.low, last.end = last.s[:len(last.s)-cut], last.low[:len(last.low)-cut], last.end-cut
				owner := append(append([]tok{}, run[:n-1]...), last)
				if name = r.stripName(owner); len(name) >= 2 {
					run = owner
				}
			}
			if len(name) == 1 && name[0].q < 0 {
				// "chief minister Siddaramaiah", "President Lula": one name
				// the article gives after a person's title is a person's,
				// so that a later "he said" can find him
				k := indexOf(ts, name[0])
				w := []string{name[0].s}
				if k > 0 && personTitles[ts[k-1].low] && ts[k-1].q < 0 && !leadWords[name[0].low] && !isOrgName(w) && !placeName(w) && !isOutletName(w) {
					if _, known := r.al.Lookup(name[0].s); !known {
						if r.single == nil {
							r.single = map[string]bool{}
						}
						r.single[name[0].s] = true
					}
					// "Mrs Justice Foster", "Judge Okoro": a later "the
					// judge" is the one surname titled so (a judge is
					// often named by surname alone)
					for _, t := range run {
						if t.start >= name[0].start {
							break
						}
						for _, w := range judgeTitles {
							if t.low == w {
								r.titled[w] = append(r.titled[w], titledName{pos: t.start, name: name[0].s, title: w})
							}
						}
					}
				}
			}
			if len(name) < 2 && !(len(name) == 1 && innerParticleName(name[0].s)) {
				// (one word of hyphenated parts, "Atif-ur-Rehman", is a
				// full name: a later "Rehman said" is he)
				continue
			}
			if k := indexOf(ts, run[0]); k > 0 && pressRoles[ts[k-1].low] {
				// "Our correspondent Guy Hedgecoe is in Valencia."
				r.addPress(joinToks(r.norm, name))
			}
			if k := indexOf(ts, run[0]); k >= 1 && len(name) == len(run) && isPossessive(ts[k-1]) && ts[k-1].up && ts[k-1].q < 0 && reporterIntro(ts, indexOf(ts, name[len(name)-1])+1) {
				// "as NPR's Jeff Brady reports.", "CNN's Jane Roe has
				// more": the broadcast's own reporter, whose turns narrate
				r.addPress(joinToks(r.norm, name))
			}
			if k := indexOf(ts, run[0]); k >= 2 && len(name) == len(run) && r.outletOwner(ts[k-1]) && (ts[k-2].low == "told" || ts[k-2].low == "to") {
				// "officials told WBZ-TV's Julie Loncich": the outlet's
				// reporter, who reports and is no antecedent of "the fire
				// chief" or "she"
				r.addPress(joinToks(r.norm, name))
			}
			// remember the titles the article gives a person
			var title []string
			for _, t := range run {
				if t.start >= name[0].start {
					break
				}
				if countryInitials[t.s] && len(title) == 0 {
					// "US President Jon Weiss": a later "the US president"
					// is he (the initials qualify the title, no title alone)
					title = append(title, t.low)
					continue
				}
				if titleWords[t.low] {
					w := strings.TrimSuffix(t.low, ".")
					if full := titleAbbrevs[w]; full != "" {
						// "Gov. Katie Hobbs": a later "the governor" is she
						w = full
					}
					title = append(title, w)
					r.titled[w] = append(r.titled[w], titledName{pos: t.start, name: joinToks(r.norm, name), title: strings.Join(title, " ")})
				}
			}
			r.titleInitials(run, name[0].start, joinToks(r.norm, name))
			if k := indexOf(ts, run[0]); len(title) == 0 && len(name) == len(run) && k >= 1 {
				// a title in lower case before the name: "Cabinet minister
				// Aman Arora", "Sydney coach Ufuk Talay", "senior Congress
				// leader Jane Roe": a later "the minister", "the Sydney
				// coach" is that person
				r.lowerTitle(ts, k, joinToks(r.norm, name))
			}
			words := wordsOf(name)
			if k := indexOf(ts, run[0]); k >= 2 && len(name) == len(run) && ts[k-1].word && !ts[k-1].up && ts[k-1].q < 0 && !leadWords[ts[k-1].low] &&
				(ts[k-2].low == "the" || isPossessive(ts[k-2]) || demonymWords[ts[k-2].low]) {
				// "the paramilitary Rapid Support Forces", "Dutch chipmaker
				// Nexperia": a later "the paramilitary said" is that name
				if r.described == nil {
					r.described = map[string][]mention{}
				}
				r.described[ts[k-1].low] = append(r.described[ts[k-1].low], mention{run[0].start, joinToks(r.norm, name)})
			}
			if isOrgName(words) && armedName(words) {
				r.armed = append(r.armed, mention{name[0].start, joinToks(r.norm, name)})
			}
			if len(words) >= 2 && lowerKey(corpSuffixes, words[len(words)-1]) {
				if r.corp == nil {
					r.corp = map[string]string{}
				}
				core := strings.ToLower(strings.Join(words[:len(words)-1], " "))
				if f, ok := r.corp[core]; !ok || len(f) < len(joinToks(r.norm, name)) {
					r.corp[core] = joinToks(r.norm, name)
				}
			}
			if isOrgName(words) || placeName(words) || lowerKey(partyPlurals, words[len(words)-1]) || lowerKey(rolePlurals, words[len(words)-1]) {
				// ("the Social Democrats", "Senate Republicans": a party's
				// members, no person a later "he said" stands for)
				continue
			}
			if venueName(words) || attributiveRun(name) {
				// "at the Riverside Town Hall ground", "in Rebel-held
				// Idlib Province": a place, no person a later "he said"
				// stands for
				continue
			}
			n := joinToks(r.norm, name)
			if len(name) == len(run) {
				// "The regional governor, Marta Illic, said", "Marta
				// Illic, the regional governor, said": a later "the
				// governor" is she
				r.appositiveTitle(ts, indexOf(ts, run[0]), indexOf(ts, run[len(run)-1])+1, n)
				r.describePerson(ts, indexOf(ts, run[0]), indexOf(ts, run[len(run)-1])+1, n)
			}
			if !seen[n] {
				seen[n] = true
				r.addFull(n)
			}
		}
	}
}

// rolePlurals end a capitalised name of several people by their role
// ("Government Representatives", "Board Members"): no person's name.
var rolePlurals = set(`representatives officials members leaders ministers councillors councilors lawmakers senators
delegates legislators deputies governors mayors commissioners directors executives spokesmen spokespeople envoys
ambassadors trustees chiefs`)

// venueName reports whether a name of several words is a building or
// ground where people meet ("Riverside Town Hall", "Kings Park Stadium"):
// a place, never a person.
func venueName(words []string) bool {
	n := len(words)
	if n >= 2 && lowerIs(words[n-1], "hall") && (lowerIs(words[n-2], "town") || lowerIs(words[n-2], "city")) {
		return true
	}
	return n >= 2 && lowerKey(venueLast, words[n-1])
}

// venueLast end the name of a venue.
var venueLast = set(`stadium arena auditorium showground showgrounds fairgrounds`)

// appositiveTitle records the title an appositive gives the person named
// at ts[a:e]: "the regional governor, NAME," before the name or "NAME, the
// regional governor," after it (a determiner or owner, up to three
// lower-case words, then a title noun).
func (r *reader) appositiveTitle(ts []tok, a, e int, name string) {
	record := func(words []tok) {
		w := words[len(words)-1]
		title := make([]string, 0, len(words))
		for _, u := range words {
			title = append(title, u.low)
		}
		r.titled[w.low] = append(r.titled[w.low], titledName{pos: w.start, name: name, title: strings.Join(title, " ")})
	}
	titleNoun := func(t tok) bool {
		return t.word && !t.up && t.q < 0 && (titleWords[t.low] || personRoles[t.low]) && !demonymWords[t.low] && !leadWords[t.low]
	}
	capTitleNoun := func(t tok) bool {
		return t.word && t.up && t.q < 0 && titleWords[t.low] && personRoles[t.low] && !demonymWords[t.low]
	}
	determiner := func(t tok) bool {
		return t.q < 0 && (t.low == "the" || t.low == "a" || t.low == "an" || t.low == "its" || t.low == "their" || isPossessive(t))
	}
	if a >= 3 && ts[a-1].s == "," && (titleNoun(ts[a-2]) || capTitleNoun(ts[a-2])) {
		for d := a - 3; d >= 0 && d >= a-6; d-- {
			if determiner(ts[d]) {
				if !titleNoun(ts[a-2]) && !isPossessive(ts[d]) {
					// a capitalised title only after an owner: "China's
					// President, Xi Jinping," (not "the Times, NAME,")
					break
				}
				record(ts[d+1 : a-1])
				break
			}
			if !ts[d].word || ts[d].q >= 0 || ts[d].up && !demonymWords[ts[d].low] && !(!titleNoun(ts[a-2]) && isTitleWord(ts[d].low)) {
				break
			}
		}
	}
	if a >= 4 && ts[a-1].s == "," {
		// "The Federal Minister for Information and Broadcasting, NAME,":
		// an office with its portfolio after "for" or "of"; a later "the
		// minister" is that person (the title up to the office's noun)
		for d := a - 2; d >= 0 && d >= a-10; d-- {
			if !ts[d].word || ts[d].q >= 0 {
				break
			}
			if ts[d].low != "the" || d > 0 && (ts[d-1].low == "of" || ts[d-1].low == "for") {
				// (not the "the" of "Minister of the Interior")
				continue
			}
			h := d + 1
			for h < a-1 && ts[h].low != "for" && ts[h].low != "of" {
				h++
			}
			if h > d+1 && h < a-2 && isTitleWord(ts[h-1].low) && !demonymWords[ts[h-1].low] {
				record(ts[d+1 : h])
				r.officeInitials(ts[d+1:h], ts[h+1:a-1], name)
				for p := h + 1; p < a-1 && ts[p].word && ts[p].q < 0; p++ {
					// "the information minister", "the broadcasting
					// minister" too: a word of the portfolio before the
					// office's noun
					if ts[p].up && !connectors[ts[p].low] {
						record([]tok{ts[p], ts[h-1]})
					}
				}
			}
			break
		}
	}
	if e+2 < len(ts) && ts[e].s == "," && determiner(ts[e+1]) {
		for m := e + 2; m < len(ts) && m <= e+5; m++ {
			if !ts[m].word || ts[m].q >= 0 {
				break
			}
			if titleNoun(ts[m]) && (m+1 == len(ts) || !ts[m+1].word || ts[m+1].low == "of" || ts[m+1].low == "for") {
				record(ts[e+2 : m+1])
				break
			}
		}
	}
}

// titleInitials records the initials of the capitalised title words
// before a name (the words before start in run) as a title of name, when
// the title ends in a title word: "Cabinet Secretary Jane Roe" makes a
// later "the CS said" Jane Roe, "Principal Secretary" a later "the PS".
// Only two or three words make initials; a lone "the MP" stays a title.
func (r *reader) titleInitials(run []tok, start int, name string) {
	var pre []tok
	for _, t := range run {
		if t.start >= start {
			break
		}
		pre = append(pre, t)
	}
	n := len(pre)
	if n < 2 || !titleWords[strings.TrimSuffix(pre[n-1].low, ".")] {
		return
	}
	for size := 2; size <= 3 && size <= n; size++ {
		ini := make([]rune, 0, size)
		ok := true
		for _, t := range pre[n-size:] {
			c, _ := utf8.DecodeRuneInString(t.s)
			if !t.word || !t.up || t.q >= 0 || !unicode.IsUpper(c) || isAcronym(t.s) {
				ok = false
				break
			}
			ini = append(ini, unicode.ToLower(c))
		}
		if !ok {
			return
		}
		w := string(ini)
		if titleWords[w] || titleAbbrevs[w] != "" {
			continue
		}
		r.titled[w] = append(r.titled[w], titledName{pos: pre[n-size].start, name: name, title: w})
	}
}

// officeInitials records the initials of a capitalised office and its
// portfolio ("Commissioner of Police, Jane Roe," -> "CP"; "Inspector
// General of Police" -> "IGP" and "GP") as a title of name, so that a
// later "the CP said" or "CP Roe said" is that person: one or more of the
// capitalised title words that end office ("Lagos State Commissioner" ->
// "C", "SC"), then the capitalised words of portfolio (not "and", "of",
// "the", "for"); two to four letters only.
func (r *reader) officeInitials(office, portfolio []tok, name string) {
	var port []rune
	for _, t := range portfolio {
		if !t.word || t.q >= 0 {
			return
		}
		if !t.up {
			if t.low == "and" || t.low == "of" || t.low == "the" || t.low == "for" {
				continue
			}
			return
		}
		c, _ := utf8.DecodeRuneInString(t.s)
		port = append(port, unicode.ToLower(c))
	}
	var ini []rune
	for i := len(office) - 1; i >= 0 && office[i].up && office[i].q < 0 && isTitleWord(office[i].low); i-- {
		c, _ := utf8.DecodeRuneInString(office[i].s)
		ini = append([]rune{unicode.ToLower(c)}, ini...)
		w := string(ini) + string(port)
		if n := len(ini) + len(port); n < 2 || n > 4 || titleWords[w] || titleAbbrevs[w] != "" {
			continue
		}
		r.titled[w] = append(r.titled[w], titledName{pos: office[i].start, name: name, title: w})
	}
}

// titleAbbrevs spell out the abbreviated titles a later role noun takes
// up: "Gov. Jane Roe" ... "the governor said".
var titleAbbrevs = map[string]string{"gov": "governor", "sen": "senator", "rep": "representative", "gen": "general",
	"prof": "professor", "lt": "lieutenant", "col": "colonel", "capt": "captain", "sgt": "sergeant", "adm": "admiral",
	"maj": "major", "cmdr": "commander", "brig": "brigadier", "pres": "president", "supt": "superintendent",
	"insp": "inspector", "det": "detective", "amb": "ambassador", "atty": "attorney", "cpl": "corporal",
	"pvt": "private", "pte": "private"}

// lowerTitle records the lower-case title word at ts[k-1] (with up to two
// capitalised or title words before it as its qualifiers) as a title of
// name.
func (r *reader) lowerTitle(ts []tok, k int, name string) {
	w := ts[k-1]
	if !w.word || w.up || w.q >= 0 || !(titleWords[w.low] || personRoles[w.low]) || demonymWords[w.low] || leadWords[w.low] {
		return
	}
	title := []string{w.low}
	for i := k - 2; i >= 0 && i >= k-3; i-- {
		u := ts[i]
		if !u.word || u.q >= 0 || leadWords[u.low] || isPossessive(u) || !(u.up || titleWords[u.low] || officeModifiers[u.low]) {
			// ("FC Goa assistant head coach Jane Roe": "assistant" is
			// part of the title, in lower case too)
			break
		}
		title = append([]string{u.low}, title...)
	}
	r.titled[w.low] = append(r.titled[w.low], titledName{pos: w.start, name: name, title: strings.Join(title, " ")})
	// the initials of a title of two or three lower-case words: "chief
	// election commissioner Jane Roe" ... "The CEC said" is she
	// (initialsHolder)
	ini := []byte{w.low[0]}
	for i := k - 2; i >= 0 && i >= k-3; i-- {
		u := ts[i]
		if !u.word || u.up || u.q >= 0 || leadWords[u.low] || u.low[0] >= utf8.RuneSelf {
			break
		}
		ini = append([]byte{u.low[0]}, ini...)
		if a := string(ini); !titleWords[a] && titleAbbrevs[a] == "" {
			r.titled[a] = append(r.titled[a], titledName{pos: u.start, name: name, title: a})
		}
	}
}

// labelName drops the titles from a transcript label: "SEN. LINDSEY
// GRAHAM" -> "LINDSEY GRAHAM".
func labelName(label string) string {
	f := strings.Fields(label)
	k := 0
	for k < len(f)-1 && titleWords[strings.ToLower(f[k])] {
		k++
	}
	if k == 0 {
		return label
	}
	return strings.Join(f[k:], " ")
}

// pressRoles, just before a name, make it one of the broadcast's own
// journalists: "our correspondent Guy Hedgecoe".
var pressRoles = set(`correspondent reporter anchor presenter host journalist anchorwoman anchorman newsreader`)

// outletOwner reports whether t is an outlet's name in the possessive
// ("WBZ-TV's", "CNN's", "the Globe's" is not: one capitalised word the
// alias table does not know as an outlet).
func (r *reader) outletOwner(t tok) bool {
	if !isPossessive(t) || !t.up || t.q >= 0 {
		return false
	}
	w := strings.TrimSuffix(strings.TrimSuffix(t.s, "'s"), "’s")
	if e, ok := r.al.Lookup(w); ok {
		return e.Kind == KindOutlet
	}
	return strings.HasSuffix(w, "-TV") || strings.HasSuffix(w, "TV") && isCapitals(w)
}

// reporterIntro reports whether the words from token e introduce a
// broadcast's report: "reports." (perhaps "reports from Houston."),
// "has more", "has the story", "has this report".
func reporterIntro(ts []tok, e int) bool {
	if e+1 >= len(ts) || ts[e].q >= 0 {
		return false
	}
	switch ts[e].low {
	case "reports", "reported", "reporting":
		n := ts[e+1]
		return !n.word && n.s != "," || n.low == "from" || n.low == "in"
	case "has":
		n := ts[e+1].low
		return n == "more" || n == "the" && e+2 < len(ts) && (ts[e+2].low == "story" || ts[e+2].low == "details") || n == "this" && e+2 < len(ts) && ts[e+2].low == "report"
	}
	return false
}

// addPress records a journalist's name (and surname) so that transcript
// turns under it are read as narration, not as the journalist's statements.
func (r *reader) addPress(name string) {
	w := strings.Fields(strings.ToLower(name))
	if len(w) == 0 {
		return
	}
	r.press[strings.Join(w, " ")] = true
	if len(w) >= 2 {
		r.press[w[len(w)-1]] = true
	}
}

// isPress reports whether a transcript label names an interviewer or one of
// the broadcast's journalists.
func (r *reader) isPress(label string) bool {
	low := strings.ToLower(label)
	return journalistLabels[low] || label == r.host || r.press[strings.Join(strings.Fields(low), " ")]
}

// titledName is a person the article named with a title: "Energy Minister
// Chris Bowen" at pos, title "energy minister".
type titledName struct {
	pos         int
	name, title string
}

// titledBefore returns the person last named before pos with a title
// ending in word; a role of several words ("prime minister") must match the
// title's end, so "the Prime Minister" is never the Energy Minister.
func (r *reader) titledBefore(word, role string, pos int) string {
	ts := r.titled[word]
	for i := len(ts) - 1; i >= 0; i-- {
		t := ts[i]
		if t.pos >= pos {
			continue
		}
		if role != word && t.title != role && !strings.HasSuffix(t.title, " "+role) && !qualifiedTitle(t.title, role) && !reorderedTitle(t.title, role) {
			continue
		}
		if otherOffice(t.title, role) {
			// "the Chancellor" is not the shadow chancellor, "the
			// minister" not the former minister
			continue
		}
		return t.name
	}
	return ""
}

// otherOffice reports whether a title names another office than the role
// it ends with: a shadow, former, deputy or vice holder of it ("shadow
// chancellor" for "chancellor"), unless the role says so too.
func otherOffice(title, role string) bool {
	tw, rw := strings.Fields(title), strings.Fields(role)
	for _, w := range tw[:max(0, len(tw)-len(rw))] {
		if officeModifiers[w] && !strings.Contains(" "+role+" ", " "+w+" ") {
			return true
		}
	}
	return false
}

// officeModifiers make a title another office: "shadow chancellor",
// "former president", "deputy mayor".
var officeModifiers = set(`shadow former ex ex- deputy vice assistant junior under`)

// reorderedTitle reports whether a role names the title's body in
// another order ("foreign ministry spokesperson", "the Chinese foreign
// ministry spokesperson" for "ministry of foreign affairs spokesperson"):
// the role's words, without demonyms and small words, are all the
// title's, and both end with the same word.
func reorderedTitle(title, role string) bool {
	tw, rw := strings.Fields(title), strings.Fields(role)
	if len(rw) < 2 || len(tw) < 2 || tw[len(tw)-1] != rw[len(rw)-1] {
		return false
	}
	have := map[string]bool{}
	for _, w := range tw {
		have[w] = true
	}
	n := 0
	for _, w := range rw {
		switch {
		case w == "of" || w == "the" || w == "affairs" || demonymWords[w] || demonymLike(w) || orgWords[w]:
			// (the title may leave the body's kind out: "foreign affairs
			// spokesperson" read from "Ministry of Foreign Affairs
			// spokesperson")
		case have[w]:
			n++
		default:
			return false
		}
	}
	return n >= 2
}

// qualifiedTitle reports whether a role with a country qualifier fits a
// title: "u.s. president" fits "president" and "u.s. president", never
// "french president" or "vice president".
func qualifiedTitle(title, role string) bool {
	rq, rc := splitDemonyms(role)
	tq, tc := splitDemonyms(title)
	if rq != "" && tq == rq && strings.HasSuffix(" "+tc, " "+rc) {
		// "the Iraqi minister" for "Iraqi Foreign Minister Jane Roe":
		// the same country, the office named shorter
		return true
	}
	if rq == "" || rc != tc {
		return false
	}
	return tq == "" || tq == rq
}

// splitDemonyms splits a title into its demonyms and the rest: "u.s.
// president" -> ("u.s.", "president").
func splitDemonyms(title string) (string, string) {
	var q, c []string
	for _, w := range strings.Fields(title) {
		if demonymWords[w] {
			q = append(q, w)
		} else {
			c = append(c, w)
		}
	}
	return strings.Join(q, " "), strings.Join(c, " ")
}

// titledAfter returns the first person named with a title ending in word
// after pos, within the next few paragraphs (a lead that gives the role
// before the name), or "".
func (r *reader) titledAfter(word string, pos int) string {
	for _, t := range r.titled[word] {
		if t.pos > pos {
			if t.pos-pos > 1200 {
				return ""
			}
			return t.name
		}
	}
	return ""
}

func wordsOf(ts []tok) []string {
	w := make([]string, len(ts))
	for i, t := range ts {
		w[i] = t.s
	}
	return w
}

func (r *reader) stripName(run []tok) []tok {
	if c := run; len(c) >= 2 {
		if c[0].low == "the" {
			c = c[1:]
		}
		// (the run's own text, a slice of the article: no allocation for
		// a lookup made for every run)
		if len(c) >= 2 && lowerKey(countryNames, joinToks(r.norm, c)) {
			// "Saudi Arabia said", "South Sudan": a state's name is whole,
			// its first word no demonym before a name
			return c
		}
		if e, ok := r.al.Lookup(joinToks(r.norm, c)); ok && len(c) >= 2 && e.Kind == KindOrganisation {
			// "Islamic State said": a body of the alias table is whole,
			// though its last word may be a title's ("State")
			return c
		}
	}
	run = capsLead(run)   // "MANCHESTER UNITED MANAGER Jane Roe"
	run = honorifics(run) // "Datuk Seri Jane Roe"
	// alias titles count as titles too
	if r.al != nil && len(r.al.titles) > 0 {
		for i := len(run) - 2; i >= 0; i-- {
			if r.al.titles[run[i].low] && !titleWords[run[i].low] {
				return stripName(run[i+1:])
			}
		}
	}
	for len(run) >= 3 && r.affiliation(run[0], run[1]) && !orgWords[run[len(run)-1].low] {
		// (not "U.S. Geological Survey": the acronym is part of a body's
		// name)
		// "BJP MLA Jane Roe", "UAW Jon Weiss": the body a person belongs
		// to, before the title or the name
		run = run[1:]
	}
	name := stripName(run)
	if n := len(run); len(name) == 0 && n >= 2 && titleAbbrevs[run[n-1].low] != "" && !strings.HasSuffix(run[n-1].s, ".") && !titleWords[run[n-2].low] {
		// "Amrita Sen", "Hun Sen": a surname spelt like a title's
		// abbreviation, after a given name
		if pre := stripName(run[:n-1]); len(pre) > 0 && pre[len(pre)-1].end == run[n-2].end {
			name = run[indexOf(run, pre[0]):]
		}
	}
	if len(name) == 0 && len(run) == 1 && run[0].up && surnameTitles[run[0].low] && r.fullSurname(run[0].s) {
		// "Sultan said" after "Shaukat Sultan": the surname alone of a
		// person the article named in full
		name = run
	}
	if len(name) >= 3 && quoteJobNouns[name[0].low] && !isPossessive(name[0]) {
		// "Striker Jon Weiss said", "Forecaster Jane Roe told": a job
		// capitalised at a sentence start is no part of the name
		name = name[1:]
	}
	return name
}

// fullSurname reports whether a full person name of the article ends in
// the word w.
func (r *reader) fullSurname(w string) bool {
	for _, fw := range r.fullWords {
		if len(fw) >= 2 && fw[len(fw)-1] == w {
			return true
		}
	}
	return false
}

// affiliation reports whether t, an acronym before the capitalised word
// next, names a body the person after it belongs to ("BJP MLA Jane Roe",
// "AFL-CIO President Jon Weiss"): an acronym the alias table or the article
// defines as a body, or that the article also uses on its own ("the BJP",
// "BJP members"). Initials that are part of a name ("PV Narasimha Rao")
// never stand alone.
func (r *reader) affiliation(t, next tok) bool {
	if !t.up || !next.up || !isAffiliationAcronym(t.s) || isCapitals(next.s) && !isTitleWord(next.low) && !capTitles[next.low] {
		// ("JANE ROE" in capitals is no acronym before a name; "BJP MLA" is)
		return false
	}
	if v, ok := r.affil[t.s]; ok {
		return v
	}
	v := false
	if e, ok := r.al.Lookup(t.s); ok && e.Kind != KindPerson {
		v = true
	} else if r.acro[t.s] != "" {
		v = true
	} else {
		for i := 0; !v; {
			j := strings.Index(r.norm[i:], t.s)
			if j < 0 {
				break
			}
			a, b := i+j, i+j+len(t.s)
			i = b
			if a > 0 && isWordByte(r.norm[a-1]) || b < len(r.norm) && isWordByte(r.norm[b]) {
				continue
			}
			// alone: not followed by another capitalised word
			rest := strings.TrimLeft(r.norm[b:], " ")
			if rest == r.norm[b:] || rest == "" || !(rest[0] >= 'A' && rest[0] <= 'Z') {
				v = true
			}
		}
	}
	if r.affil == nil {
		r.affil = map[string]bool{}
	}
	r.affil[t.s] = v
	return v
}

// isAffiliationAcronym reports whether s is written as a body's acronym:
// two to eight capitals, perhaps with digits or joined by hyphens
// ("AFL-CIO", "ZANU-PF").
func isAffiliationAcronym(s string) bool {
	for _, part := range strings.Split(s, "-") {
		if !isAcronym(part) && !(len(part) >= 1 && len(part) <= 3 && isCapitals(part)) {
			return false
		}
	}
	return isAcronym(strings.ReplaceAll(s, "-", ""))
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// tokens tokenizes a paragraph and marks the tokens inside each quote.
func (r *reader) tokens(start, end int, qs []quoteSpan) []tok {
	ts := tokenize(r.norm, start, end)
	qi := 0
	for i := range ts {
		for qi < len(qs) && ts[i].start >= qs[qi].Close {
			qi++
		}
		if qi < len(qs) && ts[i].start >= qs[qi].Open && ts[i].start < qs[qi].Close {
			ts[i].q = qi
		}
	}
	lowerMinistry(ts)
	return ts
}

// lowerMinistry marks as a name a ministry written in lower case after
// "the" or a country's possessive, as many outlets write it ("the human
// resources ministry said", "Iran's foreign ministry said"): the portfolio
// words and "ministry" are read as the capitalised name would be.
func lowerMinistry(ts []tok) {
	for i := 1; i < len(ts); i++ {
		if ts[i].low != "ministry" || ts[i].up || ts[i].q >= 0 {
			continue
		}
		if n := i + 1; n < len(ts) && ts[n].word && !ts[n].up && (titleWords[ts[n].low] || personRoles[ts[n].low] || unnamedRoles[ts[n].low] || peoplePlurals[ts[n].low] || anonPersons[ts[n].low] || ts[n].low == "sources") {
			// "said the foreign ministry spokesman": the role's, left to
			// the rules for titled people
			continue
		}
		k := i
		for k > 0 && k > i-4 && ts[k-1].word && !ts[k-1].up && ts[k-1].q < 0 && portfolioWords[ts[k-1].low] {
			k--
		}
		if k == i || k == 0 || !(ts[k-1].low == "the" || ts[k-1].up && isPossessive(ts[k-1])) {
			continue
		}
		for m := k; m <= i; m++ {
			ts[m].up, ts[m].mid = true, false
		}
	}
}

// portfolioWords name what a ministry is for ("the foreign ministry", "the
// human resources ministry").
var portfolioWords = set(`foreign defence defense interior home health finance economy economic education justice labour labor
trade commerce energy environment agriculture transport culture tourism information communications human resources
social affairs welfare industry mining mines petroleum oil water sports youth science technology housing emergency
emergencies security public works planning development`)

// canon returns the canonical speaker for a name found at pos, and whether
// it is a news outlet. ok is false when the name is not a speaker (one
// unknown word, a demonym).
func (r *reader) canon(name string, pos int) (canonical string, kind string, ok bool) {
	if d := r.unstuttered(name); d != "" {
		// "Christian Coleman Coleman told reporters" after "Christian
		// Coleman won": a word typed twice, the name the article gives
		name = d
	}
	if full, ok := r.acro[name]; ok && isAcronym(name) {
		if p := r.titledBefore(strings.ToLower(name), strings.ToLower(name), pos+1); p != "" {
			// "The CEC said" after "Chief Election Commissioner (CEC)
			// Jane Roe": the person, not the office
			return r.canon(p, pos)
		}
		// the article's own "International Cricket Council (ICC)" wins
		// over the table's ICC (naming.go)
		if e, found := r.al.Lookup(full); found {
			return e.Canonical, e.Kind, true
		}
		if isOutletName(strings.Fields(full)) {
			// "Middle East News Agency (MENA)" ... "MENA reported"
			return full, KindOutlet, true
		}
		return full, KindOrganisation, true
	}
	if e, found := r.al.Lookup(name); found {
		if !strings.Contains(name, " ") {
			// "Abbas said" after the article named "Mohammed Abbas", "Sana
			// said" after "Sana Mir": the article's own person with that
			// name wins over the table's entry
			if full := r.articleFull(name, pos); full != "" {
				if e2, ok := r.al.Lookup(full); !ok || e2 != e {
					return full, KindPerson, true
				}
			}
		}
		return e.Canonical, e.Kind, true
	}
	if full, ok := r.acro[name]; ok {
		if e, found := r.al.Lookup(full); found {
			return e.Canonical, e.Kind, true
		}
		return full, KindOrganisation, true
	}
	if full := lowerKey(r.corp, name); full != "" {
		// "Kakao said" after "Kakao Corp": the fullest form the article
		// gives the company
		return full, KindOrganisation, true
	}
	words := strings.Fields(name)
	if len(words) == 0 {
		return "", "", false
	}
	// the fullest form used in the article
	best, bestPos, bestLen := "", -1, 0
	// the full names holding its first word, then those holding its last
	cands := [2][]int{lowerKey(r.fullIdx, words[0])}
	if len(words) > 1 {
		cands[1] = lowerKey(r.fullIdx, words[len(words)-1])
	}
	for _, fis := range cands {
		for _, fi := range fis {
			f, fw := r.full[fi], r.fullWords[fi]
			if len(fw) <= len(words) || !(hasPrefixWords(fw, words) || hasSuffixWords(fw, words)) || r.unstuttered(f) != "" {
				continue
			}
			p := r.lastMention(f, pos)
			if best == "" || p > bestPos || (p == bestPos && len(fw) > bestLen) {
				best, bestPos, bestLen = f, p, len(fw)
			}
		}
	}
	if best == "" && len(words) == 1 {
		// "Lula" for "Luiz Inácio Lula da Silva": a middle word, when only
		// one full name has it
		for i, fw := range r.fullWords {
			for _, w := range fw[1 : len(fw)-1] {
				if strings.EqualFold(w, words[0]) {
					if best != "" && best != r.full[i] {
						best = ""
						goto done
					}
					best = r.full[i]
				}
			}
		}
	done:
	}
	if best != "" {
		if e, found := r.al.Lookup(best); found {
			return e.Canonical, e.Kind, true
		}
		return best, KindPerson, true
	}
	if len(words) == 1 && innerParticleName(name) {
		// "Atif-ur-Rehman, the top official, said": one word of
		// capitalised parts around a particle is a person's full name
		return name, KindPerson, true
	}
	switch {
	case len(words) >= 2 && lowerKey(countryNames, name):
		// "Ivory Coast said", "Solomon Islands": a state speaks, though its
		// name ends like a place's
		return name, KindOrganisation, true
	case placeName(words):
		// "Baton Rouge" is handled below as two words; "Sado Island",
		// "Storm Dennis", "Niigata Prefecture" never speak
		return "", "", false
	case isOutletName(words):
		return name, KindOutlet, true
	case isOrgName(words) && len(words) >= 2:
		// "Baltic Grid", never a bare "Government" or "Union"
		return name, KindOrganisation, true
	case isOrgName(words):
		return "", "", false
	case len(words) >= 2 && (lowerKey(countryNames, name) || lowerKey(statePlaces, name)):
		// "North Korea", "New Zealand": a state, which speaks as a body
		// and is never a person a pronoun stands for
		return name, KindOrganisation, true
	case len(words) >= 2 && lowerKey(partyPlurals, words[len(words)-1]):
		// "Social Democrats", "Senate Republicans": a party's members,
		// who speak as a body and are no person a pronoun stands for
		return name, KindOrganisation, true
	case len(words) >= 2 && lowerKey(rolePlurals, words[len(words)-1]):
		// "Falkland Islands Government Representatives", "Opposition
		// Lawmakers": several people, no speaker and no person a
		// pronoun stands for
		return "", "", false
	case venueName(words):
		// "Eastfield Town Hall": a place, or the council it houses
		// ("City Hall said"), never a person a pronoun stands for
		return name, KindOrganisation, true
	case len(words) >= 2:
		return name, KindPerson, true
	case r.single[name]:
		return name, KindPerson, true
	}
	return "", "", false
}

// unstuttered returns name without a word repeated right after itself
// ("Jane Roe Roe"), when the article names that shorter person in full
// elsewhere, or "".
func (r *reader) unstuttered(name string) string {
	if !stutters(name) {
		return "" // (the common case, without allocating)
	}
	w := strings.Fields(name)
	if len(w) < 3 {
		return ""
	}
	out := w[:1:1]
	for _, x := range w[1:] {
		if !strings.EqualFold(x, out[len(out)-1]) {
			out = append(out, x)
		}
	}
	if len(out) == len(w) || len(out) < 2 {
		return ""
	}
	d := strings.Join(out, " ")
	for _, fi := range lowerKey(r.fullIdx, out[0]) {
		if r.full[fi] == d {
			return d
		}
	}
	return ""
}

// stutters reports whether a word of the space-separated s follows
// itself ("Roe Roe").
func stutters(s string) bool {
	prev := ""
	for s != "" {
		w, rest, _ := strings.Cut(s, " ")
		if w != "" && prev != "" && strings.EqualFold(w, prev) {
			return true
		}
		if w != "" {
			prev = w
		}
		s = rest
	}
	return false
}

// articleFull returns the multi-word person name of the article that ends
// (or starts) with the one word w and was last mentioned before pos, or "".
func (r *reader) articleFull(w string, pos int) string {
	best, bestPos := "", -1
	for _, fi := range lowerKey(r.fullIdx, w) {
		f, fw := r.full[fi], r.fullWords[fi]
		if len(fw) < 2 || !(sameNameWord(fw[len(fw)-1], w) || strings.EqualFold(fw[0], w)) {
			continue
		}
		if p := r.lastMention(f, pos); best == "" || p > bestPos {
			best, bestPos = f, p
		}
	}
	return best
}

func (r *reader) lastMention(name string, pos int) int {
	last := lastBefore(r.mentPos[name], pos)
	if e, ok := r.al.Lookup(name); ok && e.Canonical != name {
		// "Kim Jong-un" in the article was mentioned as the table's
		// "Kim Jong Un" ("The North Korean leader said")
		last = max(last, lastBefore(r.mentPos[e.Canonical], pos))
	}
	return last
}

// addFull records a multi-word person name of the article.
func (r *reader) addFull(n string) {
	if r.fullIdx == nil {
		r.fullIdx = map[string][]int{}
	}
	w := strings.Fields(n)
	if len(w) == 1 && innerParticleName(w[0]) {
		// "Atif-ur-Rehman": its parts are the name's words, so that
		// "Rehman said" finds it
		w = strings.Split(w[0], "-")
	}
	if len(w) < 2 {
		return
	}
	i := len(r.full)
	r.full = append(r.full, n)
	r.fullWords = append(r.fullWords, w)
	first, last := strings.ToLower(w[0]), strings.ToLower(w[len(w)-1])
	r.fullIdx[first] = append(r.fullIdx[first], i)
	if last != first {
		r.fullIdx[last] = append(r.fullIdx[last], i)
	}
	if bare := strings.ToLower(stripParticle(w[len(w)-1])); bare != last && bare != first {
		// "Hadi said" after "Mohammed al-Hadi" (naming.go)
		r.fullIdx[bare] = append(r.fullIdx[bare], i)
	}
}

func hasPrefixWords(full, part []string) bool {
	for i := range part {
		if !strings.EqualFold(full[i], part[i]) {
			return false
		}
	}
	return true
}

func hasSuffixWords(full, part []string) bool {
	off := len(full) - len(part)
	for i := range part {
		if !sameNameWord(full[off+i], part[i]) {
			return false
		}
	}
	return true
}

func (r *reader) mention(pos int, name, kind string) {
	if kind != KindPerson || len(r.press) > 0 && strings.Contains(name, " ") && lowerKey(r.press, name) {
		return
	}
	if r.gender[name] == "" {
		// "Andrea L. Smith said ... \"Q,\" he sobbed": a given name
		// that is a woman's or a man's in nearly every country tells the
		// gender before any pronoun does
		if g := nameGender(name); g != "" {
			r.gender[name] = g
		}
	}
	r.ment = append(r.ment, mention{pos, name})
	if r.mentPos == nil {
		r.mentPos = map[string][]int{}
	}
	r.mentPos[name] = append(r.mentPos[name], pos)
}

// nameGender returns the gender a person's full name shows ("m", "f" or
// ""): its given name's (givenNameGender), else a woman's when the surname
// has the feminine ending of Slavic surnames ("Olga Petrova", "Lyudmila
// Alexeyeva", "Jana Nováková"), which men do not bear.
func nameGender(name string) string {
	sp := strings.IndexByte(name, ' ')
	if sp <= 0 {
		return ""
	}
	for rest := name; ; {
		// "Khawaja Muhammad Asif": the first given name the list knows,
		// before the last word
		i := strings.IndexByte(rest, ' ')
		if i < 0 {
			break
		}
		if g := lowerKey(givenNameGender, rest[:i]); g != "" {
			return g
		}
		rest = rest[i+1:]
	}
	if h := strings.IndexByte(name[:sp], '-'); h > 0 {
		// "Jean-Marie", "Anne-Sophie": the first part, unless the whole
		// is listed
		if g := lowerKey(givenNameGender, name[:h]); g != "" && !strings.EqualFold(name[:h], "jean") {
			return g
		}
	}
	last := name[strings.LastIndexByte(name, ' ')+1:]
	if len(last) >= 6 && !lowerKey(notSlavicFeminine, last) {
		for _, suf := range []string{"ova", "eva", "skaya", "ová", "ská"} {
			if strings.EqualFold(last[len(last)-len(suf):], suf) {
				return "f"
			}
		}
	}
	return ""
}

// notSlavicFeminine are surnames ending like a Slavic woman's that men bear
// too.
var notSlavicFeminine = set(`casanova villanova terranova villanueva genova cordova córdova padova nueva`)

// givenNameGender maps common given names that are a woman's ("f") or a
// man's ("m") in nearly every country to that gender. Names used for both
// ("Jean", "Andrea", "Kim", "Jordan") are left out.
var givenNameGender = func() map[string]string {
	m := map[string]string{}
	for _, w := range strings.Fields(`mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra
kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy
angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet
catherine maria heather diane ruth julie olivia joyce virginia victoria lauren christina joan evelyn judith
megan cheryl hannah martha gloria teresa sara frances kathryn janice alice abigail sophia judy denise marilyn
amber danielle beverly isabella theresa diana natalie charlotte marie ursula kamala hillary jacinda nicola
giorgia marine gladys kathy liz priti nirmala sonia indira ellen ngozi kristalina federica annalena sanna mette
magdalena julia justine jacqueline yulia olena iryna oksana natalia svetlana tatiana irina elena ana lucia
carmen isabel fatima aisha mariam maryam zainab amina leila layla yasmin hina sheikha olga anastasia ekaterina
yekaterina tatyana lyudmila galina valentina marina larisa nadezhda daria darya ksenia kseniya alina polina
veronika yelena alla inna lyubov vera zoya raisa agnieszka katarzyna malgorzata joanna beata ewa dorota jolanta
renata barbora petra jana lenka zuzana marketa ilona zsuzsanna katalin erzsebet ioana mihaela andreea simona
cristina adriana gabriela daniela raluca ramona bianca milica jelena dragana snezana mirjana ivana tamara
dubravka kolinda vesna ljiljana mariya margarita sofia sophie sofie ingrid astrid birgit sigrid ulrike annegret
heike gudrun brigitte monika renate sabine claudia silke katrin anke franziska johanna mathilde amelie chloe
manon louise pauline juliette margaux helene segolene nathalie sylvie veronique isabelle francoise martine
christiane valerie anne-marie marie-claude rosa giulia francesca chiara alessandra paola elisabetta silvia
roberta valeria marta dolores pilar concepcion inmaculada montserrat rocio marisol beatriz yolanda guadalupe
graciela veronica alejandra mariana fernanda luciana florencia camila paula lorena ximena dilma gleisi tereza
raquel luiza luisa marcela fabiola condoleezza madeleine jill melania ivanka alexandria rashida ayanna nikki
kirsten tammy tulsi dianne marsha joni cindy shelley kyrsten maxine sheila debbie betsy whitney tiffany brittany
kayla jasmine destiny crystal tanya tonya latoya keisha shanice ebony maggie peggy molly polly sally dolly annie
jenny penny wendy mandy sandy kate katie cathy becky jane joanne tessa stella bella ella grace rose lily daisy
ivy holly hazel iris fiona kirsty morag siobhan aoife niamh ciara sinead roisin orla grainne mairead aisling
deirdre bridget gwen gwyneth bronwen rhiannon carys cerys nia eleri sian priya pooja anjali sunita anita kavita
neha deepika shreya smriti sushma mamata mayawati jayalalithaa meira lakshmi parvati radha sita gita geeta rekha
usha asha nisha meena supriya archana shobha shilpa benazir fauzia shazia nargis sadia ayesha nusrat farida
farzana shirin roya zahra fatemeh masoumeh nasrin soraya parisa marzieh azadeh mahsa golshifteh hadiya salma
samira rania hanan huda lina dina rima hala nadia amal suad reem fatma zeynep elif ayse emine merve busra esra
hatice meral tansu yuriko yoko keiko akiko naoko mariko michiko masako yumiko sachiko junko kyoko hiroko tomoko
noriko kazuko sanae seiko renho chimamanda folake funmilayo adaeze chiamaka ngozika hadiza halima wangari
wanjiru njeri akinyi achieng awino adhiambo wanjiku nyokabi mumbua winnie graca gracia nomvula nkosazana lindiwe
thandeka thuli naledi zanele busisiwe nomsa sibongile gertrude comfort mercy patience prudence charity esther
naomi miriam leah tamar yael ayelet orit limor dalia shulamit golda tzipi
ama abena akosua adwoa afua yaa akua efua aminata fatou mariama awa ndeye tigist hirut sahle-work`) {
		m[w] = "f"
	}
	for _, w := range strings.Fields(`james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony mark
donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick
raymond jack dennis jerry tyler aaron jose adam nathan henry douglas peter kyle walter ethan jeremy harold keith
roger noah gerald carl sean arthur lawrence jesse bryan bruce albert gabriel alan juan wayne roy ralph eugene
vincent russell louis philip vladimir sergei sergey dmitry volodymyr emmanuel olaf boris rishi keir narendra
rahul mohammed muhammad mohammad ahmed ali hassan hussein abdullah omar khalid recep yoav barack jair luiz
javier pedro carlos manuel francisco antonio giuseppe giovanni marco luigi hans klaus wolfgang friedrich jurgen
pierre jacques francois viktor andrzej mateusz tadeusz ivan nikolai mikhail yevgeny alexei igor oleg abdul
ibrahim yusuf mustafa mahmoud tariq imran nawaz shehbaz tom tommy bill billy bob bobby jim jimmy joe joey mike
mikey dave steve ben benny ted teddy ed eddie fred freddie tony danny dan jon johnny jake willie harry hank
chuck phil rick ricky rob robbie greg doug don donnie ken kenny terry barry harvey howard herbert herman hugh
hugo ian jeff jerome joel jonas josh julian kirk lance leonard leon lewis liam lloyd luke malcolm marcus martin
marvin max maxwell mitch mitchell neil nigel norman oliver oscar owen percy ray reginald rex rodney roland ross
rupert seth simon stanley stuart stewart theodore trevor troy vernon victor wallace warren wesley wilbur winston
zachary angus alistair alasdair callum calum duncan ewan euan fergus hamish iain rory seamus shane declan colm
conor connor cormac darragh diarmuid eamon eamonn enda fintan micheal niall oisin padraig ruairi dafydd gareth
gethin rhys ieuan emyr dmitri dmitriy aleksei alexey aleksandr andrei andrey anatoly anatoli arkady yuri yury
gennady grigory konstantin leonid maxim maksim nikolay oleksandr oleksiy petro petr pyotr roman ruslan stanislav
taras valery valeriy vasily vasyl vitaly vitali vladislav vyacheslav yaroslav yevgeniy kirill denis dmytro
serhiy sergiy mykola mykhailo bohdan andriy vitaliy janusz jaroslaw jarosław lech waldemar zbigniew krzysztof
piotr pawel paweł tomasz marek wojciech radoslaw radosław witold bronislaw milos miloš vaclav václav jiri jiří
tomas tomáš ladislav karel zdenek miroslav andrej ferenc gyorgy györgy laszlo lászló istvan istván zoltan zoltán
gabor gábor attila janos jános tibor imre klaus-dieter aleksandar slobodan zoran goran dragan milorad milan
nenad dejan ivica branko tomislav mircea traian nicolae ion ioan vasile gheorghe dumitru florin catalin cătălin
marcel bogdan mihai horst helmut helmuth gerhard karl-heinz heinz dieter gunter günter manfred norbert reinhard
rainer uwe joachim jens lars sven olof nils anders bjorn björn erik magnus stefan steffen thorsten torsten
markus matthias tobias florian sebastian christian maximilian fabian lukas felix moritz philipp frank-walter
jürgen armin christoph cem nicolas françois jean-luc jean-marie jean-pierre jean-claude jean-paul jean-yves
jean-louis jean-marc jean-michel jean-baptiste jean-francois jean-jacques jean-noel jean-christophe
jean-philippe philippe laurent olivier thierry didier gerard gérard bernard alain yves herve hervé benoit benoît
mathieu arnaud gilles guillaume hugues lionel marc pascal raphael rémi remi sebastien sébastien xavier edouard
édouard bruno cedric cédric damien fabrice frederic frédéric gaston matteo mattia lorenzo leonardo alessandro
riccardo tommaso edoardo giacomo filippo federico stefano massimo maurizio sergio silvio enrico paolo roberto
vincenzo salvatore gianni carlo dario fabio franco gino guido luca mario mauro piero renato romano sandro
umberto vittorio alejandro alberto alfonso alvaro álvaro andres andrés arturo cesar césar diego eduardo emilio
enrique ernesto esteban felipe fernando gustavo gerardo guillermo hector héctor ignacio jaime jesus jesús
joaquin joaquín jorge josé luis mariano martín mauricio miguel nicolás óscar pablo rafael ramon ramón raul raúl
ricardo rodrigo salvador santiago tomás gonzalo nayib andres-manuel evo lenin cristiano ronaldo neymar joao joão
geraldo michel dilson ciro marcos paulo tarcisio tarcísio abdiasis abdirahman abdullahi abdulkadir abdirizak
abdiweli abdinasir mohamud mohamed mahamat ahmad ahmet mehmet kemal bulent bülent hakan murat osman selim
suleyman süleyman yasin ekrem devlet binali numan omer ömer ismail halil hulusi mevlut mevlüt ali-akbar hossein
hosein javad mohsen abbas majid mehdi reza saeed ebrahim esmaeil hamid hamed amir kamal jamal faisal fahd fahad
salman saud sultan turki nayef bandar khalifa zayed rashid hamad tamim abdelaziz abdelmadjid abdelfattah abdel
bashar hafez hosni anwar gamal nabil walid fouad samir sami karim nabih rafik saad tammam najib ziad yasser
marwan jibril saleh naftali yair avigdor ehud shimon yitzhak moshe itamar bezalel gideon gadi isaac yisrael
rajesh ramesh suresh mahesh mukesh rakesh dinesh ganesh naresh umesh sanjay vijay ajay amit anil sunil arun
ashok deepak manoj rajiv arvind nitish nitin manmohan pranab atal lal-krishna yogi yashwant jaswant sushil
piyush nirmal rajnath subrahmanyam jaishankar shashi kapil mani-shankar gautam mukul siddharth vikram vivek
anand akhilesh mulayam lalu sharad uddhav raj shahbaz asif bilawal zulfikar pervez parvez yousuf yousaf shaukat
shoaib babar mujibur ziaur tarique yunus abubakar bola muhammadu goodluck olusegun atiku nnamdi chukwuma emeka
chinedu olumide babatunde adebayo adewale femi kunle segun tunde ikenna obinna uhuru raila kalonzo musalia
rigathi kithure mwai jomo oburu cyril thabo nelson julius fikile gwede pravin tito mmusi yoweri kizza emmerson
abiy meles isaias salva riek abdel-fattah mohamed-hamdan yoshihide shinzo fumio shigeru taro jiro hiroshi
takeshi kenji koichi junichiro yoshihiko naoto yukio toshimitsu katsunobu yoshimasa nobuo tetsuo kazuo masahiro
akihiro hirofumi
kwame kofi kwabena kwaku kwasi kojo moussa mamadou ousmane cheikh ibrahima abdoulaye boubacar amadou seydou juma`) {
		m[w] = "m"
	}
	return m
}()

// resolvePronoun returns the last person mentioned before pos that fits
// the pronoun's gender (g is "m", "f" or "" for any).
func (r *reader) resolvePronoun(pos int, g string) string {
	for i := len(r.ment) - 1; i >= 0; i-- {
		m := r.ment[i]
		if m.pos >= pos {
			continue
		}
		if g != "" && r.anonBody.name != "" && r.anonBody.pos > m.pos && r.anonBody.pos < pos {
			// "A spokesperson from BA said ... He said: ...": the unnamed
			// spokesperson, who speaks for the body
			return r.anonBody.name
		}
		if g != "" {
			if have := r.gender[m.name]; have != "" && have != g {
				continue
			}
			if o := r.otherOfGender(m.pos, pos, g, m.name); o != "" {
				return o
			}
			r.gender[m.name] = g
		}
		return m.name
	}
	if g != "" && (r.anonBody.name == "" || r.anonBody.pos >= pos) {
		if o := r.otherOfGender(-1, pos, g, ""); o != "" {
			return o
		}
	}
	if g != "" && r.anonBody.name != "" && r.anonBody.pos < pos {
		return r.anonBody.name
	}
	if g != "" && r.deckPerson != "" {
		// "Speaking at the rally he said, ..." opening the story, under
		// a photo caption naming the one person: that person
		if have := r.gender[r.deckPerson]; have == "" || have == g {
			r.gender[r.deckPerson] = g
			return r.deckPerson
		}
	}
	return ""
}

// otherOfGender returns the person named in full after a sentence's
// subject (r.others) between at and pos whom a pronoun of gender g at pos
// stands for rather than name, the person mentioned last as a subject at
// at ("" when none): "Jane Roe met Jon Weiss ... He said" is Weiss's when
// the article shows Roe to be a woman (so the pronoun skipped her), though
// it tells nothing of Weiss. Where the subject's gender is not shown, or
// fits, the subject stays the antecedent; so does name when it has spoken
// before.
func (r *reader) otherOfGender(at, pos int, g, name string) string {
	if name != "" && (r.gender[name] == g || r.spokeBefore(name, pos)) {
		return ""
	}
	for i := len(r.others) - 1; i >= 0; i-- {
		o := r.others[i]
		if o.pos >= pos {
			continue
		}
		if o.pos <= at {
			return ""
		}
		if o.name == name {
			continue
		}
		if have := r.gender[o.name]; (have == g || have == "") && r.skippedBefore(at, o.pos, g) {
			r.gender[o.name] = g
			return o.name
		}
	}
	return ""
}

// skippedBefore reports whether a person the article shows not to be of
// gender g was mentioned as a subject after at and before pos.
func (r *reader) skippedBefore(at, pos int, g string) bool {
	for i := len(r.ment) - 1; i >= 0; i-- {
		m := r.ment[i]
		if m.pos >= pos {
			continue
		}
		if m.pos <= at {
			return false
		}
		if have := r.gender[m.name]; have != "" && have != g {
			return true
		}
	}
	return false
}

// emit records a statement with the text norm[start:end], trimmed as the
// kind requires, unless it is empty.
func (r *reader) emit(speaker string, start, end int, kind, via string) *found {
	if speaker == "" {
		return nil
	}
	start, end = trimSpan(r.norm, start, end, kind)
	if end-start < 2 || !hasLetter(r.norm[start:end]) {
		return nil
	}
	if via == speaker {
		via = ""
	}
	r.out = append(r.out, found{speaker: speaker, start: start, end: end, kind: kind, via: via})
	return &r.out[len(r.out)-1]
}

func hasLetter(s string) bool {
	for _, c := range s {
		if unicode.IsLetter(c) {
			return true
		}
	}
	return false
}

// trimSpan trims spaces and trailing commas, colons, semicolons and dashes;
// reported clauses also lose a final full stop, and a reported clause that is
// one quotation loses its marks.
func trimSpan(s string, start, end int, kind string) (int, int) {
	for {
		ostart, oend := start, end
		for start < end {
			c, w := utf8.DecodeRuneInString(s[start:end])
			if !unicode.IsSpace(c) && !(kind == Indirect && (c == ',' || c == ';')) {
				// (a reported clause loses a comma it opens with: "said
				// that, if the talks failed, ...")
				break
			}
			start += w
		}
		for start < end {
			c, w := utf8.DecodeLastRuneInString(s[start:end])
			if !(unicode.IsSpace(c) || c == ',' || c == ';' || c == ':' || c == '—' || c == '–' || (c == '-' && end-w > start && s[end-w-1] == ' ')) {
				break
			}
			end -= w
		}
		if kind == Indirect && start < end {
			c, w := utf8.DecodeLastRuneInString(s[start:end])
			if c == '.' && !strings.HasSuffix(s[start:end-w], "..") {
				end -= w
			}
			// `But "Q," X told RFI`: a connective before one quotation that
			// is the whole clause is the journalist's
			for _, c := range []string{"But ", "And ", "Yet ", "So "} {
				if !strings.HasPrefix(s[start:end], c) {
					// (also when the span is shorter than the connective)
					continue
				}
				if rest := s[start+len(c) : end]; rest != "" {
					if o, _ := utf8.DecodeRuneInString(rest); o == '"' || isDoubleOpen(o) {
						qs := scanQuotes(s, start+len(c), end)
						if len(qs) == 1 && qs[0].Open == start+len(c) && qs[0].Close == end && !qs[0].OpenEnded {
							start += len(c)
						}
					}
				}
			}
			// one quotation as the whole clause: drop the marks
			if o, ow := utf8.DecodeRuneInString(s[start:end]); (o == '"' || isDoubleOpen(o)) && end-start > 2 {
				qs := scanQuotes(s, start, end)
				if len(qs) == 1 && qs[0].Open == start && qs[0].Close == end && !qs[0].OpenEnded {
					start += ow
					_, cw := utf8.DecodeLastRuneInString(s[start:end])
					end -= cw
				}
			}
		}
		if start == ostart && end == oend {
			return start, end
		}
	}
}

// acronyms records names defined with an acronym in brackets: "Joint Chiefs
// of Staff (JCS)".
func (r *reader) acronyms(ts []tok) {
	for i := 2; i < len(ts); i++ {
		// "the Northern Liberation Front NLF seized": a page that dropped
		// the brackets; the acronym is the initials of the words before it
		if !ts[i].word || ts[i].q >= 0 || !isAcronym(ts[i].s) || len(ts[i].s) > i {
			continue
		}
		a := i - len(ts[i].s)
		if a < 0 || !isNameTok(ts[a]) {
			continue
		}
		if phrase := r.norm[ts[a].start:ts[i-1].end]; initials(phrase) == ts[i].s && strings.Contains(phrase, " ") {
			if _, ok := r.acro[ts[i].s]; !ok {
				r.acro[ts[i].s] = phrase
			}
		}
	}
	for i := 2; i+1 < len(ts); i++ {
		if ts[i-1].s != "(" || ts[i+1].s != ")" || !ts[i].word || strings.ToUpper(ts[i].s) != ts[i].s && !mixedAcronym(ts[i].s) || len(ts[i].s) < 2 {
			continue
		}
		k := i - 2
		if !isNameTok(ts[k]) {
			continue
		}
		for k-1 >= 0 && (isNameTok(ts[k-1]) || (ts[k-1].low == "of" || ts[k-1].low == "for" || ts[k-1].low == "and") && k-2 >= 0 && isNameTok(ts[k-2])) && !isPossessive(ts[k-1]) {
			k--
		}
		for k < i-2 && (leadWords[ts[k].low] || isPossessive(ts[k])) {
			k++
		}
		phrase := r.norm[ts[k].start:ts[i-2].end]
		if isPossessive(ts[i-2]) {
			// "at Baltic Grid's (BG) meeting": BG is Baltic Grid
			phrase = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(phrase, "'s"), "’s"), "'")
		}
		if phrase != "" && []rune(phrase)[0] == []rune(ts[i].s)[0] {
			r.acro[ts[i].s] = phrase
			r.titleAcronym(ts, i, phrase)
		}
	}
}

// titleAcronym records the person named right after a title's acronym in
// brackets ("Chief Election Commissioner (CEC) Jane Roe") as titled with the
// acronym, so that a later "the CEC said" is that person (canon), not the
// office. ts[i] is the acronym, phrase what it stands for.
func (r *reader) titleAcronym(ts []tok, i int, phrase string) {
	w := strings.Fields(strings.ToLower(phrase))
	title := len(w) >= 2 && isTitleWord(w[len(w)-1]) || len(w) >= 3 && isTitleWord(w[0]) && (w[1] == "of" || w[1] == "for") // "Director of Public Prosecutions"
	if !title || orgLike(phrase) || i+2 >= len(ts) || !isNameTok(ts[i+2]) || ts[i+2].q >= 0 {
		return
	}
	name := r.stripName(runRight(ts, i+2))
	if len(name) < 2 || name[0].start != ts[i+2].start {
		return
	}
	a := strings.ToLower(ts[i].s)
	r.titled[a] = append(r.titled[a], titledName{pos: ts[i].start, name: joinToks(r.norm, name), title: a})
}

// theyBody returns the organisation a sentence's "They said" at pos stands
// for: the speaker of the last statement before the sentence (which starts
// at sentStart), when an organisation said it no more than a sentence or
// two before and no person was named since ("Police did not disclose a
// motive, saying ... They said they were investigating ..."); else "".
// Unnamed people ("officials said ... They said") are nobody's.
func (r *reader) theyBody(pos, sentStart int) string {
	var last *found
	for i := len(r.out) - 1; i >= 0; i-- {
		if r.out[i].start < sentStart && r.out[i].speaker != "" {
			last = &r.out[i]
			break
		}
	}
	if last == nil || sentStart-last.end > 300 {
		return ""
	}
	at := -1
	for i := len(r.orgs) - 1; i >= 0; i-- {
		if o := r.orgs[i]; o.pos < sentStart && o.name == last.speaker {
			at = o.pos
			break
		}
	}
	if at < 0 || last.start < at {
		return ""
	}
	ws := strings.Fields(strings.ToLower(r.norm[last.start:last.end]))
	for i, w := range ws {
		if i >= 4 {
			// "the man was arrested in the shooting of four people":
			// people deep in the clause are not its subject
			break
		}
		if i+1 < len(ws) && ws[i+1] == "to" {
			// "told people to leave": those ordered, not who speaks next
			break
		}
		if peoplePlurals[strings.Trim(w, ",.;:\"'’”")] {
			// "Police said two men were held. They said they were
			// innocent": the men may be "they"
			return ""
		}
	}
	for _, m := range r.ment {
		if m.pos > at && m.pos < pos {
			return ""
		}
	}
	return last.speaker
}

// resolveSpeaker is resolvePronoun for the subject of a speech verb ("He
// said ..."): a person last named only as the object of narration ("who
// knows Mr Roe", "arrested Jon Weiss") and never heard in the article is a
// poor antecedent when someone of the same gender spoke before; "he said"
// then continues the last person who spoke ("Chief Jane Roe said ...
// Prosecutors asked that anyone who knows Mr Weiss come forward. She said
// ...").
func (r *reader) resolveSpeaker(pos int, g string) string {
	if g != "" && r.unnamedNearer(pos, g) {
		// "... as one elderly woman was rescued. \"Q,\" she said": the
		// unnamed woman just described, not a person of unknown gender
		// named before her
		return ""
	}
	name := r.resolvePronoun(pos, g)
	at := -1
	for i := len(r.ment) - 1; i >= 0; i-- {
		if m := r.ment[i]; m.pos < pos && m.name == name {
			at = m.pos
			break
		}
	}
	if name != "" && g != "" && r.anonSpoke > at && r.anonSpoke < pos && pos-r.anonSpoke < 400 && r.anonBody.pos < r.anonSpoke {
		// "Weiss's lawyer said his client was innocent. He said ...":
		// the unnamed person who spoke last, nobody named
		return ""
	}
	if s := r.clauseSpeakerAt(at, pos, name, g); s != "" {
		// "Cisse said the opposition would resist should Issoufou claim
		// victory. He said ...": a person named inside the last
		// statement's reported clause is no antecedent; its speaker is
		return s
	}
	if name == "" || g == "" || r.spokeBefore(name, pos) {
		return name
	}
	if at < 0 || !r.objectAt(at) {
		return name
	}
	for i := len(r.ment) - 1; i >= 0; i-- {
		m := r.ment[i]
		if m.pos >= at || m.name == name {
			continue
		}
		if have := r.gender[m.name]; have != "" && have != g {
			continue
		}
		if r.spokeBefore(m.name, pos) || !strings.ContainsAny(r.norm[at:pos], ".!?\n") || pronounOpens(r.norm, at, g) {
			// (or the object is in the pronoun's own sentence: "Asked
			// about her talks with Jon Weiss, she said" is not Weiss; or
			// the object's sentence opened with the same pronoun: "He
			// accused Minister Jon Weiss of ... \"Q,\" he told
			// journalists" is the accuser, the subject both times)
			return m.name
		}
		return name
	}
	return name
}

// clauseSpeakerAt returns the speaker of the last statement before pos
// when it is a reported clause that holds the mention at of name, another
// person, whose gender does not contradict g: "" otherwise.
func (r *reader) clauseSpeakerAt(at, pos int, name, g string) string {
	if name == "" || g == "" || at < 0 {
		return ""
	}
	for k := len(r.out) - 1; k >= 0; k-- {
		f := r.out[k]
		if f.start >= pos {
			continue
		}
		if f.kind != Indirect || f.speaker == "" || f.speaker == name || at < f.start || at >= f.end || f.end > pos || len(r.mentPos[f.speaker]) == 0 {
			return ""
		}
		if have := r.gender[f.speaker]; have != "" && have != g {
			return ""
		}
		return f.speaker
	}
	return ""
}

// pronounOpens reports whether the sentence holding norm[at] opens with a
// pronoun of gender g ("He", "She") as its subject, before a lower-case
// word.
func pronounOpens(norm string, at int, g string) bool {
	s := strings.LastIndexAny(norm[:at], ".!?\n") + 1
	head := strings.TrimLeft(norm[s:at], " \"“”'‘’")
	for p, pg := range pronouns {
		if pg != g || len(head) < len(p)+2 || !strings.EqualFold(head[:len(p)], p) || head[len(p)] != ' ' {
			continue
		}
		if c := head[len(p)+1]; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

// epithetSpeaker returns the person an epithet of nationality or age
// stands for at pos (`"Q," fumed the Montenegrin`, "said the
// 45-year-old"): the last person named, unless that person was named only
// as an object ("after goals from Jon Weiss") and has not spoken, while a
// person named before has: then that speaker, as for "he said".
func (r *reader) epithetSpeaker(pos int) string {
	name := r.resolvePronoun(pos, "")
	if name == "" || r.spokeBefore(name, pos) {
		return name
	}
	at := r.lastMention(name, pos)
	if at < 0 || !r.objectAt(at) {
		return name
	}
	for i := len(r.ment) - 1; i >= 0; i-- {
		if m := r.ment[i]; m.pos < at && m.name != name && r.spokeBefore(m.name, pos) {
			return m.name
		}
	}
	return name
}

// onePersonIn returns the one person the paragraphs ps (a standfirst, a
// photo caption) name in full, or "" when they name none or several.
func (r *reader) onePersonIn(ps []*para) string {
	one := ""
	for _, p := range ps {
		ts := p.ts
		for k := 0; k < len(ts); k++ {
			run := runRight(ts, k)
			if len(run) == 0 {
				continue
			}
			k += len(run) - 1
			name := r.stripName(run)
			if len(name) < 2 {
				continue
			}
			n, kind, ok := r.canonRun(run, name, name[0].start)
			if !ok || kind != KindPerson {
				continue
			}
			if one != "" && one != n {
				return ""
			}
			one = n
		}
	}
	return one
}

// describePerson records the lower-case noun that describes the person
// named n in ts[a:e]: right before the name ("Republican nominee Jon
// Weiss", "Acme analyst Jane Roe") or in an appositive after it ("Jane Roe,
// an analyst at Acme,", "Jon Weiss, a farmer in Ohio"), so that a later
// "the Republican nominee said" or "the analyst said" is that person.
// Titles are recorded apart (titled).
func (r *reader) describePerson(ts []tok, a, e int, n string) {
	add := func(t tok) {
		if !descNoun(t) {
			return
		}
		if r.descPerson == nil {
			r.descPerson = map[string][]mention{}
		}
		r.descPerson[t.low] = append(r.descPerson[t.low], mention{t.start, n})
	}
	if a >= 1 {
		add(ts[a-1])
	}
	if e+2 < len(ts) && ts[e].s == "," && (ts[e+1].low == "a" || ts[e+1].low == "an") {
		// "Jane Roe, an analyst at Acme," / "..., a veteran union leader,"
		for m := e + 2; m < len(ts) && m <= e+5; m++ {
			if !ts[m].word || ts[m].q >= 0 {
				break
			}
			if m+1 == len(ts) || !ts[m+1].word || namePrepositions[ts[m+1].low] || ts[m+1].low == "in" || ts[m+1].low == "who" {
				add(ts[m])
				break
			}
		}
	}
}

// descNoun reports whether t may be a noun that describes a person before
// the name or in an appositive: a lower-case word outside quotes that is
// no title (those are titled), function word, verb form or adverb.
func descNoun(t tok) bool {
	if !t.word || t.up || t.q >= 0 || len(t.low) < 3 || titleWords[t.low] || personRoles[t.low] || leadWords[t.low] || namePrepositions[t.low] {
		return false
	}
	if auxWords[t.low] || speechVerbs[t.low] != 0 || pronouns[t.low] != "" || possessiveDets[t.low] || t.low == "and" || t.low == "or" || t.low == "than" {
		return false
	}
	for _, suf := range []string{"ed", "ing", "ly", "'s", "’s"} {
		if strings.HasSuffix(t.low, suf) {
			return false
		}
	}
	return !strings.ContainsAny(t.low, "0123456789")
}

// describedPerson returns the person the article described with the noun
// last ("the Republican nominee said" after "Republican White House
// nominee Jon Weiss"), the one mentioned last before pos, or "".
func (r *reader) describedPerson(last string, pos int) string {
	best, bestPos := "", -1
	for _, m := range r.descPerson[last] {
		if m.pos >= pos {
			continue
		}
		if p := max(m.pos, r.lastMention(m.name, pos)); p > bestPos {
			best, bestPos = m.name, p
		}
	}
	return best
}

// unnamedPerson is an unnamed person described with an article: "one
// elderly woman", "a man", "the young mother".
var unnamedPerson = regexp.MustCompile(`(?:^|[^\p{L}])(?:[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother)(?: [a-z][a-z-]*){0,2} (woman|girl|mother|grandmother|wife|daughter|widow|lady|man|boy|father|grandfather|husband|son|widower)(?:[^\p{L}]|$)`)

// femaleNouns are the nouns of unnamedPerson that name a woman.
var femaleNouns = set(`woman girl mother grandmother wife daughter widow lady`)

// unnamedNearer reports whether the paragraph holding pos describes an
// unnamed person of gender g after the person a pronoun of that gender at
// pos would stand for, whose gender the article has not shown (persons
// shown to be of the other gender are passed over).
func (r *reader) unnamedNearer(pos int, g string) bool {
	for i := len(r.ment) - 1; i >= 0; i-- {
		m := r.ment[i]
		if m.pos >= pos {
			continue
		}
		if have := r.gender[m.name]; have == g {
			return false
		} else if have != "" {
			// "Murat Kurum said ... one elderly woman was rescued.
			// \"Q,\" she said": a man is no antecedent of "she"
			continue
		}
		return r.unnamedOfGender(m.pos, pos, g)
	}
	return false
}

// unnamedOfGender reports whether the paragraph holding pos describes an
// unnamed person of gender g between from and pos.
func (r *reader) unnamedOfGender(from, pos int, g string) bool {
	if ls := strings.LastIndexByte(r.norm[:pos], '\n') + 1; ls > from {
		from = ls
	}
	if from >= pos {
		return false
	}
	for _, m := range unnamedPerson.FindAllStringSubmatch(r.norm[from:pos], -1) {
		if (femaleNouns[m[1]]) == (g == "f") {
			return true
		}
	}
	return false
}

// spokeBefore reports whether the article gave name a statement before pos.
// It looks from the latest statement back, as the one asked about has
// mostly just spoken.
func (r *reader) spokeBefore(name string, pos int) bool {
	for i := len(r.out) - 1; i >= 0; i-- {
		if f := &r.out[i]; f.start < pos && f.speaker == name {
			return true
		}
	}
	return false
}

// objectAt reports whether the name mentioned at pos stands after a verb
// or preposition of narration ("knows Mr Roe", "with Jon Weiss"), not as a
// clause's subject.
func (r *reader) objectAt(pos int) bool {
	ts := tokenize(r.norm, max(0, pos-60), pos)
	for len(ts) > 1 && ts[len(ts)-1].up && isTitleWord(ts[len(ts)-1].low) {
		// "knows Mr Roe", "arrested Dr. Jon Weiss"
		ts = ts[:len(ts)-1]
	}
	if len(ts) == 0 {
		return false
	}
	t := ts[len(ts)-1]
	if !t.word || t.up || speechVerbs[t.low] != 0 || isTitleWord(t.low) || personNouns[t.low] || jobNouns[t.low] {
		return false
	}
	// a preposition, or a verb's form ("knows", "arrested", "named"), not
	// a noun that describes the person ("Board member Jane Roe")
	return objectPrepositions[t.low] || t.low == "counterpart" || t.low == "counterparts" || strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss")
}

// objectPrepositions put a name after them out of the subject's place.
var objectPrepositions = set(`with to by for about against from on at of into toward towards than like`)

// delayedLead reads a delayed lead, the wire style that names the speaker
// only after the first paragraph: "A top health official said Monday he
// does not know ..." then "But Dr. Jane Roe, chief medical officer for ...,
// said ...", or "The police in Northfield on Monday said they arrested
// ..." then "The police spokesman, Mr Jon Weiss, made the disclosure ...".
// The subject of the speech verb at i is an unnamed person's role after
// "a"/"an" ("a top health official") or bare police, in the first
// sentence of the article's first paragraph with prose; the clause goes to
// the first person the next two paragraphs name, when that person speaks
// there (a speech verb, or "made the disclosure/remarks/announcement").
// It reports whether it emitted the clause.
// ownedLead reports whether the lead sentence opens with a country's or
// body's possessive and a role in lower case ending at ts[h]: "Qatar's
// foreign ministry spokesman", "Russia's deputy foreign minister".
func ownedLead(ts []tok, st *sent, h int) bool {
	for k := h - 1; k >= st.a && k >= h-4; k-- {
		t := ts[k]
		if !t.word || t.q >= 0 {
			return false
		}
		if isPossessive(t) {
			return isNameTok(t) && (k == st.a || !ts[k-1].word)
		}
		if t.up && !orgWords[t.low] && !bodyModifiers[t.low] || leadWords[t.low] {
			// (the body capitalised too: "Iran's Foreign Ministry
			// spokesperson said")
			return false
		}
	}
	return false
}

// ownerFrom returns the possessive name that opens an owned lead whose
// role is ts[h] ("Iran's Foreign Ministry spokesperson"), or -1.
func ownerFrom(ts []tok, st *sent, h int) int {
	if !ownedLead(ts, st, h) {
		return -1
	}
	for k := h - 1; k >= st.a && k >= h-4; k-- {
		if isPossessive(ts[k]) {
			return k
		}
	}
	return -1
}

func (r *reader) delayedLead(p *para, st *sent, i, cls int) bool {
	if cls != vSay && cls != vThat || !st.first || len(r.out) > 0 || i == st.a {
		return false
	}
	ts := p.ts
	for _, q := range r.paras {
		if q == nil || q == p {
			break
		}
		if q.end > q.start && strings.ContainsAny(strings.TrimSpace(r.norm[q.start:q.end]), ".!?") && len(q.ts) > 12 {
			// a paragraph of prose came before: not the lead
			return false
		}
	}
	h := i - 1
	if w := relativeWho(ts, st, i); w > st.a {
		// "A Democratic senator who questioned Jon Weiss on Tuesday
		// said": the subject's head is before the relative clause
		h = w - 1
	}
	for h > st.a && ts[h].q < 0 && (timeWords[ts[h].low] || ts[h].low == "on" || ts[h].low == "last" || ts[h].low == "this") {
		// "The police in Delta on Monday said"
		h--
	}
	if ts[h].q >= 0 || !ts[h].word {
		return false
	}
	switch {
	case ts[h].low == "police" || (h-2 >= st.a && ts[h-1].low == "in" && isNameTok(ts[h]) && ts[h-2].low == "police"):
		// "The police said", "Police in Delta said"
		k := h
		if ts[k].low != "police" {
			k = h - 2
		}
		if k > st.a && ts[k-1].low == "the" {
			k--
		}
		if k > st.a && ts[k-1].word {
			return false
		}
	case personRoles[ts[h].low] && !ts[h].up && ownedLead(ts, st, h):
		// "Qatar's foreign ministry spokesman said on Tuesday that ...",
		// the name in the next paragraph: "..., Majed al-Ansari told
		// reporters"
	case personRoles[ts[h].low] || ts[h].low == "officer" || orgRoles[ts[h].low] && !ts[h].up:
		// "A top health official said", "CLAUSE, a federal appeals
		// court ruled Friday"
		a := -1
		for k := h - 1; k >= st.a && k >= h-4 && ts[k].word && (!ts[k].up || titleWords[ts[k].low] && ts[k].q < 0) || k >= st.a && k >= h-4 && (ts[k].low == "a" || ts[k].low == "an"); k-- {
			// ("A Democratic senator", "A senior Israeli official": a
			// party or demonym in capitals)
			if ts[k].low == "a" || ts[k].low == "an" {
				a = k
				break
			}
		}
		if a < 0 || a > st.a && ts[a-1].word && ts[a-1].q < 0 && !isNameTok(ts[a-1]) && !strings.ContainsAny(ts[a-1].s, "0123456789") {
			// (a dateline's date may stand before it)
			return false
		}
	default:
		return false
	}
	if cls == vThat && !orgRoles[ts[h].low] {
		return false
	}
	a, b, ok := r.clauseAfter(p, st, i+1, cls)
	if !ok && orgRoles[ts[h].low] {
		a, b, ok = r.clauseBefore(p, st, leadFrom(ts, st, h), i)
	}
	if o := ownerFrom(ts, st, h); !ok && o >= 0 && unnamedRoles[ts[h].low] {
		// "CLAUSE, Iran's Foreign Ministry spokesperson said on
		// Wednesday": the clause before the owned spokesperson
		a, b, ok = r.clauseBefore(p, st, o, i)
	}
	if !ok {
		return false
	}
	if anonymousLater(r.norm[st.end:min(len(r.norm), st.end+2000)]) {
		// "..., the official said on condition of anonymity": the lead's
		// speaker stays unnamed
		return false
	}
	who := ""
	if orgRoles[ts[h].low] {
		who = r.leadBodyAfter(p, st.end, ts[h].low)
	} else {
		who = r.leadSpeakerAfter(p, st.end, ts[h].low == "police")
	}
	if k := h - 2; who == "" && k >= st.a && ts[h].low != "police" && ts[k].low == "police" {
		// "Police in Ghana said ..." with no police spokesperson named
		// after: the force of that place (naming.go)
		who = r.policeIn(ts[k].start)
	}
	if who == "" {
		return false
	}
	return r.emit(who, a, b, Indirect, "") != nil
}

// leadFrom returns the token of the "a"/"an" that opens the subject whose
// head is ts[h] ("a federal appeals court"), or h.
func leadFrom(ts []tok, st *sent, h int) int {
	for k := h - 1; k >= st.a && k >= h-4; k-- {
		if ts[k].low == "a" || ts[k].low == "an" {
			return k
		}
	}
	return h
}

// leadBodyAfter returns the organisation the sentence after pos (the rest
// of paragraph p or the next paragraph's first sentence) names with the
// head noun capitalised ("a federal appeals court ruled ..." / "The U.S.
// Court of Appeals for the Ninth Circuit overturned ..."), or "".
func (r *reader) leadBodyAfter(p *para, pos int, head string) string {
	for _, q := range r.paras {
		if q == nil || q.end <= pos {
			continue
		}
		ts := q.ts
		for k := 0; k < len(ts); k++ {
			if ts[k].start < pos {
				continue
			}
			if ts[k].s == "." || ts[k].s == "!" || ts[k].s == "?" {
				return ""
			}
			if !isNameTok(ts[k]) {
				continue
			}
			end, name := orgRight(r.norm, ts, k, len(ts))
			if name == "" {
				run := runRight(ts, k)
				end, name = k+len(run), joinToks(r.norm, r.stripName(run))
			}
			has := false
			for _, w := range strings.Fields(strings.ToLower(name)) {
				has = has || w == head
			}
			if has && len(strings.Fields(name)) >= 2 {
				if e, ok := r.al.Lookup(name); ok {
					return e.Canonical
				}
				return name
			}
			k = max(k, end-1)
		}
		return ""
	}
	return ""
}

// disclosureNouns are what a person "made" when the article names who
// spoke before it: "made the disclosure", "made the remarks".
var disclosureNouns = set(`disclosure disclosures remarks remark announcement comments comment revelation statement`)

// leadSpeakerAfter returns the first person named after pos in the rest of
// paragraph p and the two paragraphs after it, when a speech verb or "made
// the disclosure" follows the name in its sentence; else "".
func (r *reader) leadSpeakerAfter(p *para, pos int, police bool) string {
	n := 0
	for _, q := range r.paras {
		if q == nil || q.end <= pos {
			continue
		}
		if q != p {
			if n++; n > 2 {
				return ""
			}
		}
		ts := q.ts
		for k := 0; k < len(ts); k++ {
			if ts[k].start < pos || !isNameTok(ts[k]) {
				continue
			}
			run := runRight(ts, k)
			k += len(run) - 1
			name := r.stripName(run)
			if len(name) < 2 || isPossessive(run[len(run)-1]) {
				// (not "President Jon Weiss's campaign": an owner, no
				// speaker)
				continue
			}
			who, kind, ok := r.canon(joinToks(r.norm, name), name[0].start)
			if !ok || kind != KindPerson {
				continue
			}
			if !police {
				for _, t := range run[:len(run)-len(name)] {
					if leaderTitles[t.low] {
						// "A senior official said ..." is never the
						// President or the Prime Minister named next
						return ""
					}
				}
			}
			for m := k + 1; m < len(ts) && m <= k+20 && ts[m].s != "." && ts[m].q < 0; m++ {
				if speechVerbs[ts[m].low] != 0 && !strings.HasSuffix(ts[m].low, "ing") || ts[m].low == "made" && m+2 < len(ts) && ts[m+1].low == "the" && disclosureNouns[ts[m+2].low] {
					return who
				}
			}
			return ""
		}
	}
	return ""
}

// peoplePlurals are groups of people a reported clause may name; "they"
// after such a clause may be them rather than the body that spoke.
var peoplePlurals = set(`men women people persons suspects protesters demonstrators residents officials workers students
victims children soldiers troops families members passengers migrants refugees civilians patients doctors nurses
teachers staff employees lawyers leaders ministers journalists police officers fighters militants rebels players fans
voters citizens farmers villagers prisoners detainees hostages survivors`)

// noteAnonSpeaker records where an unnamed person spoke: the verb at i
// whose subject no rule could name ends with a singular noun for a person
// ("Weiss's lawyer said", "a witness told reporters"), so that a "he said"
// right after is that person, not someone named before.
func (r *reader) noteAnonSpeaker(p *para, st *sent, i int) {
	ts := p.ts
	h := i - 1
	for h > st.a && ts[h].q < 0 && (timeWords[ts[h].low] || skipLeft[ts[h].low] || ts[h].low == "on" || ts[h].low == "last") {
		h--
	}
	if h < st.a || ts[h].q >= 0 || !ts[h].word || ts[h].up {
		return
	}
	if unnamedRoles[ts[h].low] {
		// a spokesperson speaks for a body (anonBody)
		return
	}
	if leadRoles[ts[h].low] || personRoles[ts[h].low] || anonPersons[ts[h].low] {
		r.anonSpoke = ts[i].start
	}
}

// anonPersons are nouns for one unnamed person who may speak: "a witness
// said", "a source told", "Another man said", "the woman said".
var anonPersons = set(`source witness resident neighbour neighbor friend relative aide lawyer attorney analyst expert
officer survivor passenger man woman spectator onlooker bystander shopper customer voter fan teenager`)

// mixedAcronym reports whether s is an acronym written in mixed case, as
// British bodies are: "MoD", "DfE", "DoJ" (two to six letters, the first
// and at least one other in capitals).
func mixedAcronym(s string) bool {
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	upper := 0
	for i, c := range s {
		switch {
		case c >= 'A' && c <= 'Z':
			upper++
		case c >= 'a' && c <= 'z':
			if i == 0 {
				return false
			}
		default:
			return false
		}
	}
	return upper >= 2
}

// leaderTitles are the titles of leaders a lead would not hide behind "an
// official".
var leaderTitles = set(`president premier chancellor governor mayor senator king queen pope ambassador minister
prime secretary-general`)

// anonymousLater reports whether the text says an unnamed speaker asked
// to stay unnamed ("spoke on condition of anonymity", "was not authorized
// to speak publicly").
func anonymousLater(s string) bool {
	low := strings.ToLower(s)
	for _, p := range []string{"condition of anonymity", "not authorized to", "not authorised to", "declined to be named",
		"asked not to be named", "speaking anonymously", "requested anonymity", "on background"} {
		if strings.Contains(low, p) {
			return true
		}
	}
	return false
}

// saysAfterQuote reports whether ts[j] is one capitalised word that says
// the quote just closed before it (`"Q," Willis said.`, `"Q," Gomez said
// in a statement`): a surname the article gives alone (as a story picked up
// after its first paragraphs does) is a person, unless it is a place, a
// body, an outlet or a name the alias table knows.
func (r *reader) saysAfterQuote(ts []tok, j int) bool {
	if j < 2 || j+2 > len(ts) || ts[j].q >= 0 {
		return false
	}
	if m := ts[j-1].s; m != "\"" && m != "”" {
		return false
	}
	if p := ts[j-2].s; p != "," && p != "?" && p != "!" {
		return false
	}
	switch ts[j+1].low {
	case "said", "says", "added", "told", "explained", "noted", "stated":
	default:
		return false
	}
	if j+2 < len(ts) && ts[j+2].word && ts[j+2].up {
		return false // `"Q," Smith said Monday`: left to the other rules
	}
	if len(ts[j].s) < 3 || leadWords[ts[j].low] || personRoles[ts[j].low] || titleWords[ts[j].low] {
		return false
	}
	if isAcronym(ts[j].s) {
		// `"Q," CBT said`: capitals are a body's initials, no surname
		return false
	}
	w := []string{ts[j].s}
	if placeName(w) || isOrgName(w) || isOutletName(w) || countryWord(ts[j]) || capitalCities[ts[j].low] {
		return false
	}
	_, known := r.al.Lookup(ts[j].s)
	return !known
}

// capitalCities stand for their governments ("Moscow said"), never a
// person's surname alone.
var capitalCities = set(`moscow beijing washington tehran kyiv kiev london paris berlin tokyo seoul pyongyang ankara brussels
damascus jerusalem delhi islamabad kabul baghdad caracas havana minsk taipei riyadh cairo canberra ottawa manila hanoi
warsaw rome madrid`)

// sameLead reports whether paragraphs p and q, both opening with the same
// label, go on with the same first 60 bytes: a lead paragraph the page
// prints twice (a summary, then the story), not two turns of a speaker.
func sameLead(norm string, p, q *para) bool {
	a, b := norm[p.turn:p.end], norm[q.turn:q.end]
	n := min(60, len(a), len(b))
	return n >= 30 && a[:n] == b[:n]
}

// statePlaces are states and regions within a country named in two or
// more words, which look like a person's first and last name (the
// world's states are countryNames).
var statePlaces = phrases(`puerto rico|hong kong|west bank|gaza strip|northern ireland|great britain|soviet union|western sahara|
new york|new jersey|new mexico|new hampshire|north carolina|south carolina|north dakota|south dakota|west virginia|
new south wales|south australia|western australia|northern territory|new brunswick|nova scotia|british columbia|
tamil nadu|uttar pradesh|madhya pradesh|andhra pradesh|himachal pradesh|arunachal pradesh|west bengal`)

// phrases returns the set of the phrases of s, separated by "|" (spaces
// and new lines around them dropped).
func phrases(s string) map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			m[p] = true
		}
	}
	return m
}
