package lists

import (
	"fmt"
	"html/template"
	"io"
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"sellerdesk/backend/order"
)

// Print geometry, in millimetres: A4 with 10 mm margins. The page heading and footer have fixed
// heights and the tables a fixed line height, so the rows can be laid out on pages in Go (every
// page then carries "n / N") as densely as the seller centres' own printouts.
const (
	ptMM        = 25.4 / 72
	lineHeight  = 1.2  // CSS line-height of the page
	padVMM      = 0.35 // vertical cell padding
	padHMM      = 0.9  // horizontal cell padding
	ruleMM      = 0.2  // a cell border
	headerMM    = 9    // page heading: 7 mm box and 2 mm gap
	footerMM    = 5    // page footer: 1 mm gap and 4 mm box
	heldHeadMM  = 7    // the 보류 heading
	heldGapMM   = 1    // space above each reason of the 보류 list
	fillRatio   = 0.95 // room for font differences
	wrapReserve = 1.1  // a wrapped line holds a little less than the full width
)

// geometry is one page orientation: its text width, the height left for the table, the font.
type geometry struct {
	textMM, bodyMM, fontPt float64
}

func geometryOf(landscape bool) geometry {
	if landscape {
		return geometry{textMM: 297 - 20, bodyMM: 210 - 20 - headerMM - footerMM, fontPt: 7.5}
	}
	return geometry{textMM: 210 - 20, bodyMM: 297 - 20 - headerMM - footerMM, fontPt: 8}
}

func (g geometry) emMM() float64   { return g.fontPt * ptMM }
func (g geometry) lineMM() float64 { return g.emMM() * lineHeight }

// lines is how many lines text takes in a cell widthMM wide (its padding included): each "\n"
// starts a line, and a part wider than the cell wraps.
func (g geometry) lines(text string, widthMM float64) int {
	inner := math.Max(widthMM-2*padHMM-ruleMM, g.emMM())
	n := 0
	for _, part := range strings.Split(text, "\n") {
		n += max(1, int(math.Ceil(textEm(part)*g.emMM()*wrapReserve/inner)))
	}
	return n
}

// rowMM is the height of a table row whose tallest cell takes n lines.
func (g geometry) rowMM(n int) float64 { return float64(n)*g.lineMM() + 2*padVMM + ruleMM }

var pageTemplate = template.Must(template.New("list").Parse(`<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{{.Title}} {{.Date}}</title>
<style>
@page { size: A4 {{if .Landscape}}landscape{{else}}portrait{{end}}; margin: 10mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Pretendard", "Noto Sans KR", "Noto Sans CJK KR", "Malgun Gothic", "Apple SD Gothic Neo", sans-serif;
  font-size: {{.FontPt}}pt; line-height: 1.2; color: #000; font-variant-numeric: tabular-nums; }
.page { break-after: page; page-break-after: always; }
.page:last-child { break-after: auto; page-break-after: auto; }
header { display: flex; justify-content: space-between; align-items: flex-end; height: 7mm; margin-bottom: 2mm;
  border-bottom: 0.5mm solid #000; padding-bottom: 0.6mm; overflow: hidden; }
header h1 { font-size: 12pt; margin: 0; white-space: nowrap; }
.meta { font-size: 7.5pt; white-space: nowrap; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 0.2mm solid #666; padding: 0.35mm 0.9mm; vertical-align: top; white-space: pre-line;
  overflow-wrap: anywhere; }
th { background: #eee; font-weight: 600; text-align: left; }
{{range .NoWrap}}tr:not(.head) > td:nth-child({{.}}) { white-space: pre; overflow-wrap: normal; }
{{end -}}
td.num { text-align: right; font-weight: 600; }
td.check::before { content: "☐"; }
tbody.block { break-inside: avoid; page-break-inside: avoid; }
tr.head td { border-top: 0.4mm solid #000; background: #f4f4f4; }
tr.head b { font-weight: 700; }
.warn { color: #b00; font-weight: 600; }
h2 { font-size: 9pt; height: 5mm; margin: 2mm 0 0; }
.held p { margin: 1mm 0 0; }
.held .nw { white-space: nowrap; }
.held .why { font-weight: 600; }
.empty { padding: 10mm; text-align: center; }
footer { height: 4mm; margin-top: 1mm; font-size: 7pt; text-align: right; }
@media screen { body { background: #888; } .page { background: #fff; width: {{if .Landscape}}297mm{{else}}210mm{{end}};
  min-height: {{if .Landscape}}210mm{{else}}297mm{{end}}; margin: 5mm auto; padding: 10mm; } }
</style>
</head>
<body>
{{- range .Pages}}
<section class="page" data-page="{{.No}}">
<header><h1>{{$.Title}}</h1>
<div class="meta">출력 {{$.Date}} · 주문 {{$.Shipments}}건{{if $.Summary}} · {{$.Summary}}{{end}}{{if $.HeldCount}} · 보류 {{$.HeldCount}}건{{end}}{{if $.OtherCount}} · 제외 {{$.OtherCount}}건{{end}} · <span class="pageno">{{.No}} / {{.Total}}</span></div></header>
{{- if .Blocks}}
<table>
<colgroup>{{range $.Columns}}<col style="width:{{.Percent}}%">{{end}}</colgroup>
<thead><tr>{{range $.Columns}}<th>{{.Header}}</th>{{end}}</tr></thead>
{{- range .Blocks}}
<tbody class="block">
{{- if .Head}}<tr class="head"><td colspan="{{len $.Columns}}"><b>{{.Head.Title}}</b>{{if .Head.Detail}} · {{.Head.Detail}}{{end}}{{range .Head.Warnings}}<br><span class="warn">⚠ {{.}}</span>{{end}}</td></tr>{{end}}
{{- range .Rows}}<tr>{{range .}}<td{{if .Class}} class="{{.Class}}"{{end}}>{{.Text}}</td>{{end}}</tr>{{end}}
</tbody>
{{- end}}
</table>
{{- end}}
{{- if .Empty}}<p class="empty">출력할 주문이 없습니다.</p>{{end}}
{{- if .Held}}
{{- if .HeldHead}}<h2>보류 (출력 제외) {{len $.Held}}건{{if and $.HeldCount $.OtherCount}}: 보류 {{$.HeldCount}}건 · 보낼 주문 아님 {{$.OtherCount}}건{{end}}</h2>{{end}}
<div class="held">{{range .Held}}
<p>{{if .Reason}}<span class="why">{{.Reason}}</span> ({{.Count}}건){{if .More}} (계속){{end}}{{end}}{{range $i, $e := .Entries}}{{if $i}} · {{else}}<br>{{end}}<span class="nw">{{$e.Name}}</span>{{if $e.Summary}} ({{$e.Summary}}){{end}}{{end}}</p>
{{- end}}</div>
{{- end}}
{{- if .Notes}}
<h2>참고</h2>
<ul>{{range .Notes}}<li>{{.}}</li>{{end}}</ul>
{{- end}}
<footer>{{$.Title}} · {{$.Date}} · 주문 {{$.Shipments}}건 · {{.No}} / {{.Total}}</footer>
</section>
{{- end}}
</body>
</html>
`))

type htmlDoc struct {
	Title     string
	Summary   string
	Date      string
	Shipments int
	Landscape bool
	FontPt    float64
	Columns   []htmlColumn
	// NoWrap are the (1-based) printed columns whose cells never wrap: numbers, codes, names.
	NoWrap []int
	Held   []HeldShipment
	// HeldCount are the held shipments among Held (보류), OtherCount the others (not to ship).
	HeldCount, OtherCount int
	Pages                 []*htmlPage
}

type htmlColumn struct {
	Header  string
	Percent string
}

type htmlPage struct {
	No, Total int
	Blocks    []*htmlBlock
	HeldHead  bool
	Held      []*heldGroup
	Notes     []string
	Empty     bool
}

type htmlBlock struct {
	Head *GroupHead
	Rows [][]htmlCell
}

type htmlCell struct {
	Text  string
	Class string
}

// heldGroup is the held shipments that share one reason, printed as one paragraph: the reason
// once, then the shipments one after another. More marks a group continued from the page before.
type heldGroup struct {
	Reason  string
	Count   int
	More    bool
	Entries []heldEntry
}

type heldEntry struct {
	Name, Summary string
}

func (e heldEntry) text() string {
	s := e.Name
	if e.Summary != "" {
		s += " (" + e.Summary + ")"
	}
	return s
}

// WriteHTML renders the table as a printable A4 page set: every page carries the title, the
// print date (KST), the number of shipments and "n / N"; groups (boxes) are not split across
// pages; held shipments (보류) follow the rows, grouped by reason.
func WriteHTML(w io.Writer, t Table) error {
	g := geometryOf(t.Landscape)
	doc := htmlDoc{Title: t.Title, Date: t.GeneratedAt.In(order.KST()).Format("2006-01-02 15:04"), Shipments: t.Shipments,
		Landscape: t.Landscape, FontPt: g.fontPt, Held: t.Held}
	doc.HeldCount, doc.OtherCount = CountHeld(t.Held)
	var summary []string
	if n, ok := t.Totals["skus"]; ok {
		summary = append(summary, fmt.Sprintf("상품 %d종", n))
	}
	if n, ok := t.Totals["boxes"]; ok {
		summary = append(summary, fmt.Sprintf("박스 %d개", n))
	}
	if n, ok := t.Totals["units"]; ok {
		summary = append(summary, fmt.Sprintf("총 %d개", n))
	}
	doc.Summary = strings.Join(summary, " · ")

	cols := printColumns(t, g)
	for i, c := range cols {
		doc.Columns = append(doc.Columns, htmlColumn{Header: t.Columns[c.index].Header, Percent: fmt.Sprintf("%.2f", 100*c.mm/g.textMM)})
		if c.noWrap {
			doc.NoWrap = append(doc.NoWrap, i+1)
		}
	}
	theadMM := 0.0
	{
		n := 1
		for _, c := range cols {
			n = max(n, g.lines(t.Columns[c.index].Header, c.mm))
		}
		theadMM = g.rowMM(n)
	}

	var blocks []*htmlBlock
	var heights []float64
	for i := 0; i < len(t.Rows); {
		grp := t.Rows[i].Group
		b := &htmlBlock{}
		h := 0.0
		if grp > 0 && grp <= len(t.Groups) {
			head := t.Groups[grp-1]
			b.Head = &head
			text := head.Title
			if head.Detail != "" {
				text += " · " + head.Detail
			}
			n := g.lines(text, g.textMM)
			for _, w := range head.Warnings {
				n += g.lines("⚠ "+w, g.textMM)
			}
			h += g.rowMM(n)
		}
		for ; i < len(t.Rows) && t.Rows[i].Group == grp; i++ {
			cells := make([]htmlCell, 0, len(cols))
			lines := 1
			for _, c := range cols {
				col := t.Columns[c.index]
				text := ""
				if c.index < len(t.Rows[i].Cells) {
					text = t.Rows[i].Cells[c.index]
				}
				cls := ""
				switch {
				case col.Check:
					cls, text = "check", ""
				case col.Numeric:
					cls = "num"
				}
				if c.noWrap {
					text = strings.ReplaceAll(text, ", ", "\n") // a list breaks between its items only
					lines = max(lines, strings.Count(text, "\n")+1)
				} else {
					lines = max(lines, g.lines(text, c.mm))
				}
				cells = append(cells, htmlCell{Text: text, Class: cls})
			}
			b.Rows = append(b.Rows, cells)
			h += g.rowMM(lines)
		}
		blocks = append(blocks, b)
		heights = append(heights, h)
	}

	budget := g.bodyMM * fillRatio
	page := &htmlPage{}
	used := theadMM
	pages := []*htmlPage{page}
	for i, b := range blocks {
		if used+heights[i] > budget && len(page.Blocks) > 0 {
			page = &htmlPage{}
			pages = append(pages, page)
			used = theadMM
		}
		page.Blocks = append(page.Blocks, b)
		used += heights[i]
	}
	if len(page.Blocks) == 0 {
		used = 0
	}
	if len(t.Rows) == 0 {
		pages[0].Empty = true
		used = 20 // the empty note
	}
	pages = layoutHeld(t.Held, g, budget, used, pages)
	pages[len(pages)-1].Notes = t.Notes
	for i, p := range pages {
		p.No, p.Total = i+1, len(pages)
	}
	doc.Pages = pages
	if err := pageTemplate.Execute(w, doc); err != nil {
		return fmt.Errorf("lists: render %s HTML: %w", t.Kind, err)
	}
	return nil
}

// printColumn is a column on the printed page with its width.
type printColumn struct {
	index  int
	mm     float64
	noWrap bool
}

// printColumns lays out the printed columns over the text width. Numbers, codes and names
// (NoWrap, Numeric) get the width of their longest value, so a phone number or a postcode never
// breaks; the text columns share the rest by how much they hold, none wider than its longest
// value. Columns left out of print and columns empty on every row are not printed.
func printColumns(t Table, g geometry) []printColumn {
	var cols []printColumn
	for i, c := range t.Columns {
		if c.PrintHidden || (!c.Check && columnEmpty(t, i)) {
			continue
		}
		cols = append(cols, printColumn{index: i, noWrap: c.NoWrap || c.Numeric})
	}
	pad := 2*padHMM + ruleMM
	// widest is the widest line of a column and the average line of its non-empty cells.
	widest := func(i int, split bool) (maxEm, avgEm float64) {
		sum, n := 0.0, 0
		for _, r := range t.Rows {
			if i >= len(r.Cells) {
				continue
			}
			text := r.Cells[i]
			if split {
				text = strings.ReplaceAll(text, ", ", "\n")
			}
			for _, part := range strings.Split(text, "\n") {
				if e := textEm(part); e > 0 {
					maxEm = math.Max(maxEm, e)
					sum += e
					n++
				}
			}
		}
		return maxEm, sum / float64(max(n, 1))
	}
	fixed := 0.0
	for k := range cols {
		c := &cols[k]
		col := t.Columns[c.index]
		switch {
		case col.Check:
			c.mm = 2.2*g.emMM() + pad
		case c.noWrap:
			// as wide as the longest value, and the heading in at most about two lines
			em, _ := widest(c.index, true)
			em = math.Max(em, math.Min(textEm(col.Header), 4))
			c.mm = em*g.emMM()*1.04 + pad
		default:
			continue
		}
		fixed += c.mm
	}
	if fixed > 0.8*g.textMM {
		// Too many fixed columns for the page: every column wraps, sized by its weight.
		total := 0.0
		for _, c := range cols {
			total += t.Columns[c.index].Width
		}
		for k := range cols {
			cols[k].noWrap = false
			cols[k].mm = g.textMM * t.Columns[cols[k].index].Width / math.Max(total, 1)
		}
		return cols
	}
	// Water-fill the text columns: each takes its share by average content, capped at its longest
	// value; what a capped column leaves goes to the others.
	type want struct {
		k         int
		weight    float64
		capMM     float64
		allocated bool
	}
	var open []*want
	for k := range cols {
		c := &cols[k]
		if c.mm > 0 {
			continue
		}
		maxEm, avg := widest(c.index, false)
		header := textEm(t.Columns[c.index].Header) / 2 // a heading may take two lines
		w := &want{k: k, weight: math.Max(math.Max(avg, header), 3), capMM: math.Max(maxEm, header)*g.emMM()*wrapReserve + pad}
		open = append(open, w)
	}
	left := g.textMM - fixed
	for {
		total := 0.0
		for _, w := range open {
			if !w.allocated {
				total += w.weight
			}
		}
		if total == 0 {
			break
		}
		capped := false
		for _, w := range open {
			if w.allocated {
				continue
			}
			if share := left * w.weight / total; share >= w.capMM {
				cols[w.k].mm, w.allocated, capped = w.capMM, true, true
				left -= w.capMM
			}
		}
		if capped {
			continue
		}
		for _, w := range open {
			if !w.allocated {
				cols[w.k].mm, w.allocated = left*w.weight/total, true
			}
		}
		left = 0
		break
	}
	// Width still unused (every text column is as wide as its longest value) spreads evenly.
	if left > 0 && len(cols) > 0 {
		for k := range cols {
			cols[k].mm += left / float64(len(cols))
		}
	}
	return cols
}

func columnEmpty(t Table, i int) bool {
	for _, r := range t.Rows {
		if i < len(r.Cells) && strings.TrimSpace(r.Cells[i]) != "" {
			return false
		}
	}
	return true
}

// layoutHeld adds the held shipments after the rows, grouped by reason (a reason the checks
// wrote once for many shipments is printed once), and continues on new pages when they do not fit.
func layoutHeld(held []HeldShipment, g geometry, budget, used float64, pages []*htmlPage) []*htmlPage {
	if len(held) == 0 {
		return pages
	}
	groups := map[string]*heldGroup{}
	var order []string
	for _, h := range held {
		reason := strings.Join(h.Reasons, " ")
		grp, ok := groups[reason]
		if !ok {
			grp = &heldGroup{Reason: reason}
			groups[reason] = grp
			order = append(order, reason)
		}
		grp.Count++
		grp.Entries = append(grp.Entries, heldEntry{Name: h.BoxName(), Summary: h.Summary})
	}
	sort.SliceStable(order, func(i, j int) bool { return groups[order[i]].Count > groups[order[j]].Count })

	page := pages[len(pages)-1]
	line := g.lineMM()
	if used+heldHeadMM+3*line > budget && (len(page.Blocks) > 0 || page.Empty) {
		page = &htmlPage{}
		pages = append(pages, page)
		used = 0
	}
	page.HeldHead = true
	used += heldHeadMM
	for _, reason := range order {
		grp := groups[reason]
		// The entries flow in lines; a line holds as many entries as fit.
		var lines [][]heldEntry
		width := 0.0
		sep := textEm(" · ") * g.emMM()
		for _, e := range grp.Entries {
			w := textEm(e.text()) * g.emMM() * wrapReserve
			if len(lines) == 0 || width+sep+w > g.textMM {
				lines = append(lines, nil)
				width = w
			} else {
				width += sep + w
			}
			lines[len(lines)-1] = append(lines[len(lines)-1], e)
		}
		reasonLines := g.lines(reason+fmt.Sprintf(" (%d건) (계속)", grp.Count), g.textMM+2*padHMM+ruleMM)
		part := &heldGroup{Reason: reason, Count: grp.Count}
		partMM := float64(reasonLines)*line + heldGapMM
		for _, l := range lines {
			lineMM := float64(entryLines(l, g)) * line
			if used+partMM+lineMM > budget && len(part.Entries) > 0 {
				page.Held = append(page.Held, part)
				page = &htmlPage{}
				pages = append(pages, page)
				used = 0
				part = &heldGroup{Reason: reason, Count: grp.Count, More: true}
				partMM = float64(reasonLines)*line + heldGapMM
			}
			part.Entries = append(part.Entries, l...)
			partMM += lineMM
		}
		if used+partMM > budget && (len(page.Blocks) > 0 || len(page.Held) > 0) {
			page = &htmlPage{}
			pages = append(pages, page)
			used = 0
		}
		page.Held = append(page.Held, part)
		used += partMM
	}
	return pages
}

// entryLines is how many lines one flowed line of entries takes (an entry wider than the page wraps).
func entryLines(l []heldEntry, g geometry) int {
	n := 1
	for _, e := range l {
		n = max(n, int(math.Ceil(textEm(e.text())*g.emMM()*wrapReserve/g.textMM)))
	}
	return n
}

// textEm is the width of s in em of the page font: Hangul and other wide characters take a full
// em, digits and Latin letters a little over half (a little more than Noto Sans CJK and Malgun
// Gothic need, so the estimate errs on the wide side).
func textEm(s string) float64 {
	w := 0.0
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		switch {
		case wide(r):
			w += 1
		case r == ' ':
			w += 0.3
		case r >= '0' && r <= '9':
			w += 0.58
		case r >= 'A' && r <= 'Z':
			w += 0.7
		case r >= 'a' && r <= 'z':
			w += 0.57
		case r < 0x80:
			w += 0.45
		default:
			w += 1
		}
	}
	return w
}

// wide reports whether r is an East Asian wide character (two display columns).
func wide(r rune) bool {
	return r >= 0x1100 && (r <= 0x115f || (r >= 0x2e80 && r <= 0xa4cf) || (r >= 0xac00 && r <= 0xd7a3) ||
		(r >= 0xf900 && r <= 0xfaff) || (r >= 0xfe30 && r <= 0xfe4f) || (r >= 0xff00 && r <= 0xff60) ||
		(r >= 0xffe0 && r <= 0xffe6))
}
