package tone

import (
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
)

// MarshalJSON writes the fixed dimensions, then the Extra ones sorted by
// name, in one flat object.
func (s Scores) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 128+24*len(s.Extra))
	b = append(b, '{')
	add := func(name string, v float64) {
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = strconv.AppendQuote(b, name)
		b = append(b, ':')
		b = strconv.AppendFloat(b, v, 'g', -1, 64)
	}
	fixed := [...]struct {
		n string
		v float64
	}{{DimValence, s.Valence}, {DimBayes, s.Bayes}, {DimHostility, s.Hostility},
		{DimCooperation, s.Cooperation}, {DimIntensity, s.Intensity}, {DimGoldstein, s.Goldstein}}
	for _, f := range fixed {
		if !finite(f.v) {
			return nil, fmt.Errorf("marshal scores: %s is %v", f.n, f.v)
		}
		add(f.n, f.v)
	}
	for _, k := range slices.Sorted(maps.Keys(s.Extra)) {
		if _, ok := (Scores{}).Get(k); ok {
			continue // a fixed name wins
		}
		v := s.Extra[k]
		if !finite(v) {
			return nil, fmt.Errorf("marshal scores: %s is %v", k, v)
		}
		add(k, v)
	}
	return append(b, '}'), nil
}

// UnmarshalJSON reads the fixed dimensions into their fields and any other
// numeric member into Extra.
func (s *Scores) UnmarshalJSON(data []byte) error {
	var m map[string]float64
	if err := json.Unmarshal(data, &m); err != nil {
		return fmt.Errorf("scores: %w", err)
	}
	*s = Scores{}
	for k, v := range m {
		switch k {
		case DimValence:
			s.Valence = v
		case DimBayes:
			s.Bayes = v
		case DimHostility:
			s.Hostility = v
		case DimCooperation:
			s.Cooperation = v
		case DimIntensity:
			s.Intensity = v
		case DimGoldstein:
			s.Goldstein = v
		default:
			if s.Extra == nil {
				s.Extra = map[string]float64{}
			}
			s.Extra[k] = v
		}
	}
	return nil
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
