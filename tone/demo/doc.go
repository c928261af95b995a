// Package demo holds example articles for "tonetrack serve --demo": the
// project's seed story (Kim Jong Un, Joe Biden and Fumio Kishida on war and
// dialogue) and a few invented articles about fictional countries and
// people, in the styles tonetrack reads (wire copy, state media, an HTML
// page, JSON), spread over two weeks so that dashboards show series and
// shifts.
package demo
