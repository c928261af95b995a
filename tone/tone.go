package tone

// Dimension names, as used in JSON ("scores"), in metrics (the dimension
// label) and in the API. They are a contract: see DESIGN.md.
const (
	DimValence     = "valence"
	DimBayes       = "bayes"
	DimHostility   = "hostility"
	DimCooperation = "cooperation"
	DimIntensity   = "intensity"
	DimGoldstein   = "goldstein"
)

// Tracked lists the dimensions that are followed over time per speaker and
// exported as metrics (bayes is reported per statement only).
var Tracked = []string{DimValence, DimHostility, DimCooperation, DimIntensity, DimGoldstein}

// Scores holds one value per dimension for a text.
//
// Ranges: Valence -1..1, Bayes 0..1 (Naive Bayes P(positive)), Hostility,
// Cooperation and Intensity 0..1, Goldstein -10..10.
type Scores struct {
	Valence     float64 `json:"valence"`
	Bayes       float64 `json:"bayes"`
	Hostility   float64 `json:"hostility"`
	Cooperation float64 `json:"cooperation"`
	Intensity   float64 `json:"intensity"`
	Goldstein   float64 `json:"goldstein"`
	// Extra holds the dimensions that user lexicons add (see
	// ParseLexicon), by name. In JSON they sit inline in "scores" next to
	// the fixed names.
	Extra map[string]float64 `json:"-"`
}

// Get returns the value of the named dimension and whether the name is known.
func (s Scores) Get(dim string) (float64, bool) {
	switch dim {
	case DimValence:
		return s.Valence, true
	case DimBayes:
		return s.Bayes, true
	case DimHostility:
		return s.Hostility, true
	case DimCooperation:
		return s.Cooperation, true
	case DimIntensity:
		return s.Intensity, true
	case DimGoldstein:
		return s.Goldstein, true
	}
	v, ok := s.Extra[dim]
	return v, ok
}

// Term is one piece of evidence: a word or phrase of the text and how much it
// moved a dimension.
type Term struct {
	// Term is the word or phrase as it appears in the text.
	Term string `json:"term"`
	// Weight is its contribution to the dimension (sign included).
	Weight float64 `json:"weight"`
}

// Result is what Score returns for one text.
type Result struct {
	Scores   Scores   `json:"scores"`
	Evidence Evidence `json:"evidence"`
}
