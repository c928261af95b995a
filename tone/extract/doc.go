// Package extract reads an article the way a careful reader does and says who
// said what: it turns articles (plain text, HTML or JSON) into attributed
// Statements, each scored by a tone.Analyzer.
package extract
