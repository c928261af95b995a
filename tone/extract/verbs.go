package extract

// verb classes: how a speech verb takes what was said.
const (
	vSay    = iota + 1 // said (that) CLAUSE; "Q," X said; X said: "Q"
	vTell              // told (someone) that CLAUSE; "Q," X told reporters
	vUrge              // urged (someone) to ...; urged that ...
	vReport            // reported: outlets relaying others
	vQuote             // wrote, tweeted, replied: quotes only, no reported clause without "that"
	vThat              // revealed, alleged, expressed (hope): a clause only after "that"
)

// speechVerbs maps a lower-case verb form to its class. Participles
// (saying, adding) take their subject from the clause they hang on.
var speechVerbs = map[string]int{
	"said": vSay, "says": vSay, "say": vSay, "saying": vSay,
	"added": vSay, "adds": vSay, "adding": vSay,
	"warned": vSay, "warns": vSay, "warning": vSay,
	"stressed": vSay, "stresses": vSay, "stressing": vSay,
	"declared": vSay, "declares": vSay, "declaring": vSay,
	"noted": vSay, "notes": vSay, "noting": vSay,
	"stated":   vSay,
	"insisted": vSay, "insists": vSay, "insisting": vSay,
	"argued": vSay, "argues": vSay, "arguing": vSay,
	"explained": vSay, "explains": vSay, "explaining": vThat,
	"claimed": vSay, "claims": vSay, "claiming": vSay,
	"asserted": vSay, "asserts": vSay, "asserting": vSay,
	"emphasised": vSay, "emphasized": vSay, "emphasising": vSay, "emphasizing": vSay,
	"underlined": vSay, "underscored": vSay, "reiterated": vSay, "reiterates": vSay,
	"acknowledged": vSay, "admitted": vSay, "confirmed": vSay,
	"cautioned": vSay, "predicted": vSay, "maintained": vSay, "contended": vSay,
	"complained": vSay, "announced": vSay, "announces": vSay, "observed": vSay, "remarked": vSay,
	"vowed": vSay, "pledged": vSay, "promised": vSay, "threatened": vSay,
	"pointed": vSay, "points": vSay, "pointing": vSay, // only with "out": see particleVerbs
	"affirmed": vSay, "reaffirmed": vSay, "countered": vSay, "recalled": vSay,
	"estimated": vSay, "estimates": vSay, "estimating": vSay, "predicts": vSay, "predicting": vSay,
	"forecast": vSay, "forecasts": vSay, "suggested": vSay, "suggests": vSay, "suggesting": vSay,
	"signalled": vSay, "signaled": vSay, "boasted": vSay, "testified": vSay, "stating": vSay,
	"acknowledges": vSay, "acknowledging": vSay, "admits": vSay, "admitting": vSay, "concedes": vSay,
	"conceding": vSay, "confirms": vSay, "confirming": vSay, "cautions": vSay, "cautioning": vSay,
	"vows": vSay, "vowing": vSay, "pledges": vSay, "pledging": vSay, "promises": vSay, "promising": vSay,
	"threatens": vSay, "threatening": vSay, "announcing": vSay, "maintains": vSay, "maintaining": vSay,
	"reiterating": vSay, "recalling": vSay, "countering": vSay, "contends": vSay, "complaining": vSay,
	// "that" only: verbs that more often take an object ("revealed a plan")
	"revealed": vThat, "reveals": vThat, "disclosed": vThat, "alleged": vThat, "alleges": vThat,
	"alleging": vThat, "charged": vThat, "hinted": vThat, "indicated": vThat, "agreed": vThat,
	"expressed": vThat, "expressing": vThat, "answered": vThat, "mentioned": vThat, "lamented": vThat,
	"rued": vThat, "rues": vThat, "regretted": vThat, "regrets": vThat,
	"emphasises": vSay, "emphasizes": vSay, "underlines": vSay, "underscores": vSay, "underlining": vSay, "underscoring": vSay,
	"observes": vSay, "affirms": vSay, "reaffirms": vSay, "affirming": vSay, "reaffirming": vSay,
	"reckoned": vSay, "reckons": vSay, // "CLAUSE, reckoned the captain"
	"restated": vThat, "restates": vThat, // "restated that ...", not "restated its position"
	"highlighted": vThat, "clarified": vThat, "specified": vThat, "commented": vThat, "speculated": vThat,
	"shared": vThat, "ruled": vThat, "determined": vThat, // "CLAUSE, the spokesperson shared"; a court's or judge's finding ("ruled that", "CLAUSE, the court ruled")
	"claim": vThat, "insist": vThat, "argue": vThat, "assert": vThat, "maintain": vThat, "allege": vThat,
	"contend":  vThat,                   // a plural's present ("police claim that"): a clause only after "that"
	"counters": vThat, "counter": vThat, // "Munoz counters that ...", not "counters the offer"
	"projected": vThat, "proposed": vThat, "recommended": vThat, "conceded": vSay,
	"reminded": vTell, "reminding": vTell, "briefed": vTell,
	"told": vTell, "tells": vTell, "telling": vTell, "assured": vTell, "informed": vTell,
	"urged": vUrge, "urges": vUrge, "urging": vUrge, "demanded": vUrge, "demands": vUrge,
	"called": vUrge, "calls": vUrge, "calling": vUrge, // only with "on": see particleVerbs
	"appealed": vUrge, "implored": vUrge, "pleaded": vUrge, "advised": vUrge,
	"pressed":  vUrge, // "pressed X to ..." (pressObject; not "appeals": "the appeals court said")
	"reported": vReport, "reports": vReport, "reporting": vReport,
	"wrote": vQuote, "writes": vQuote, "tweeted": vQuote, "posted": vQuote,
	"replied": vQuote, "responded": vQuote, "retorted": vQuote, "continued": vQuote,
	"concluded": vQuote, "asked": vQuote, "exclaimed": vQuote, "quipped": vQuote, "shouted": vQuote,
	"joked": vQuote, "mused": vQuote, "started": vQuote, "began": vQuote, // `"Q," he began.`
	"interrupted": vQuote, "interjected": vQuote, // `"Q," interrupted the prosecutor, NAME.`
	"put": vQuote, "puts": vQuote, // only with "it": "as X put it, ..."
	// the manner of speaking, next to a quote: `"Q," fumed the coach`
	"fumed": vQuote, "fumes": vQuote, "raged": vQuote, "snapped": vQuote, "sighed": vQuote, "sighs": vQuote,
	"laughed": vQuote, "laughs": vQuote, "sobbed": vQuote, "scoffed": vQuote, "scoffs": vQuote,
	"gushed": vQuote, "enthused": vQuote, "enthuses": vQuote, "chuckled": vQuote, "chuckles": vQuote,
	"grumbled": vQuote, "grumbles": vQuote, "muttered": vQuote, "whispered": vQuote, "yelled": vQuote,
	"screamed": vQuote, "cried": vQuote, "hissed": vQuote, "growled": vQuote, "barked": vQuote,
	"thundered": vQuote, "beamed": vQuote, "marvelled": vQuote, "marveled": vQuote, "groaned": vQuote,
}

// auxWords mark a finite clause: "North Korea must be", "the talks would".
var auxWords = set(`is are was were be been has have had will would shall should can could may might must do does did
cannot won't can't isn't wasn't aren't weren't hasn't haven't hadn't wouldn't couldn't shouldn't didn't doesn't don't
won’t can’t isn’t wasn’t aren’t weren’t hasn’t haven’t hadn’t wouldn’t couldn’t shouldn’t didn’t doesn’t don’t`)

// adjunctStart words begin a phrase between a verb and its clause: "said in
// a statement that", "told reporters on Monday that".
var adjunctStart = set(`in at on during after before while from with for outside inside via through by afterwards later
earlier today yesterday tonight last this separately also privately publicly repeatedly again recently late early here`)

// skipLeft words may stand between a speaker and the verb: "He reportedly
// added", "Mao Ning on Friday urged".
var skipLeft = set(`also reportedly later then further again earlier previously repeatedly once simply separately
quickly firmly flatly bluntly publicly privately recently subsequently finally has had have was is today yesterday
tonight already still even only angrily now long initially originally officially formally openly explicitly
immediately strongly sharply categorically emphatically personally directly specifically candidly`)

// timeWords follow "on", "this" or "last" in a time phrase skipped between
// speaker and verb.
var timeWords = set(`monday tuesday wednesday thursday friday saturday sunday week month year morning afternoon
evening night weekend`)

// notParticiples end in -ing but do not start a participial phrase.
var notParticiples = set(`during including bring thing things nothing something anything everything king spring
morning evening meeting building ring sing string wing ceiling wedding beijing nothing being`)

// mediaNouns, after words like "state", name an outlet without naming it:
// "North Korean state media reported".
var mediaNouns = set(`media television tv radio newspaper newspapers agency outlet outlets broadcaster press`)

// particleVerbs are speech verbs only with their particle: "pointed out
// that", not "pointed to the risk"; "called on allies to", not "called the
// veto a disgrace".
// particleIs reports whether w is a speech verb's particle part ("upon"
// for "on": "called upon teachers to stay out").
func particleIs(w, part string) bool {
	return w == part || part == "on" && w == "upon"
}

var particleVerbs = map[string]string{"pointed": "out", "points": "out", "pointing": "out", "called": "on", "calls": "on", "calling": "on",
	"point": "out", "call": "on",
	"put": "it", "puts": "it", "went": "on", "goes": "on"}
