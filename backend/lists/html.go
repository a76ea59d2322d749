package lists

import (
	"fmt"
	"html/template"
	"io"
	"math"
	"sellerdesk/backend/order"
	"strings"
	"unicode/utf8"
)

// Print geometry in millimetres (A4 with 10 mm margins, 10 pt text).
const (
	portraitBodyMM  = 297 - 20 - 12 - 8 // page less margins, heading and footer
	landscapeBodyMM = 210 - 20 - 12 - 8
	portraitTextMM  = 210 - 20
	landscapeTextMM = 297 - 20
	lineMM          = 5.0  // one line of 10 pt text
	rowPadMM        = 2.6  // cell padding and border of a row
	charMM          = 1.9  // one display column (Hangul takes two)
	cellPadMM       = 3.5  // horizontal cell padding and border
	fillRatio       = 0.93 // keep a margin for font differences
)

var pageTemplate = template.Must(template.New("list").Parse(`<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{{.Title}} {{.Date}}</title>
<style>
@page { size: A4 {{if .Landscape}}landscape{{else}}portrait{{end}}; margin: 10mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Pretendard", "Noto Sans KR", "Malgun Gothic", "Apple SD Gothic Neo", sans-serif;
  font-size: 10pt; color: #000; font-variant-numeric: tabular-nums; }
.page { break-after: page; page-break-after: always; }
.page:last-child { break-after: auto; page-break-after: auto; }
header { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 2px solid #000;
  margin-bottom: 3mm; padding-bottom: 1mm; }
header h1 { font-size: 15pt; margin: 0; }
.meta { font-size: 9pt; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 1px solid #555; padding: 1mm 1.5mm; vertical-align: top; white-space: pre-line;
  overflow-wrap: anywhere; }
th { background: #eee; font-weight: 600; font-size: 9pt; }
td.num { text-align: right; font-weight: 600; }
td.check::before { content: "☐"; font-size: 12pt; }
tbody.block { break-inside: avoid; page-break-inside: avoid; }
tr.head td { border-top: 2px solid #000; background: #f4f4f4; font-weight: 600; }
tr.head .detail { font-weight: 400; }
.warn { color: #b00; font-weight: 600; }
h2 { font-size: 12pt; margin: 5mm 0 2mm; }
.held td { background: #fff3f3; }
.empty { padding: 10mm; text-align: center; }
footer { margin-top: 2mm; font-size: 8pt; text-align: right; }
@media screen { body { background: #888; } .page { background: #fff; width: {{if .Landscape}}297mm{{else}}210mm{{end}};
  min-height: {{if .Landscape}}210mm{{else}}297mm{{end}}; margin: 5mm auto; padding: 10mm; } }
</style>
</head>
<body>
{{- range .Pages}}
<section class="page" data-page="{{.No}}">
<header><h1>{{$.Title}}</h1>
<div class="meta">출력 {{$.Date}} · 주문 {{$.Shipments}}건{{if $.Summary}} · {{$.Summary}}{{end}}{{if $.Held}} · 보류 {{len $.Held}}건{{end}} · <span class="pageno">{{.No}} / {{.Total}}</span></div></header>
{{- if .Blocks}}
<table>
<colgroup>{{range $.Columns}}<col style="width:{{.Percent}}%">{{end}}</colgroup>
<thead><tr>{{range $.Columns}}<th>{{.Header}}</th>{{end}}</tr></thead>
{{- range .Blocks}}
<tbody class="block">
{{- if .Head}}<tr class="head"><td colspan="{{len $.Columns}}">{{.Head.Title}}{{if .Head.Detail}}<br><span class="detail">{{.Head.Detail}}</span>{{end}}{{range .Head.Warnings}}<br><span class="warn">⚠ {{.}}</span>{{end}}</td></tr>{{end}}
{{- range .Rows}}<tr>{{range .}}<td{{if .Class}} class="{{.Class}}"{{end}}>{{.Text}}</td>{{end}}</tr>{{end}}
</tbody>
{{- end}}
</table>
{{- end}}
{{- if .Empty}}<p class="empty">출력할 주문이 없습니다.</p>{{end}}
{{- if .Held}}
<h2>보류 (출력 제외) {{len $.Held}}건</h2>
<table class="held"><thead><tr><th style="width:8%">판매처</th><th style="width:20%">주문번호</th><th style="width:10%">받는 분</th><th style="width:25%">상품</th><th style="width:37%">보류 사유</th></tr></thead>
<tbody>{{range .Held}}<tr><td>{{.Marketplace.Label}}</td><td>{{.OrderID}}</td><td>{{.ReceiverName}}</td><td>{{.Summary}}</td><td>{{range $i, $r := .Reasons}}{{if $i}}
{{end}}{{$r}}{{end}}</td></tr>{{end}}</tbody></table>
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
	Columns   []htmlColumn
	Held      []HeldShipment
	Pages     []*htmlPage
}

type htmlColumn struct {
	Header  string
	Percent string
}

type htmlPage struct {
	No, Total int
	Blocks    []*htmlBlock
	Held      []HeldShipment
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

// WriteHTML renders the table as a printable A4 page set: every page carries the title, the
// print date (KST), the number of shipments and "n / N"; groups (boxes) are not split across
// pages; held shipments (보류) follow the rows with their reasons.
func WriteHTML(w io.Writer, t Table) error {
	doc := htmlDoc{Title: t.Title, Date: t.GeneratedAt.In(order.KST()).Format("2006-01-02 15:04"), Shipments: t.Shipments,
		Landscape: t.Landscape, Held: t.Held}
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
	var visible []int
	total := 0.0
	for i, c := range t.Columns {
		if !c.PrintHidden {
			visible = append(visible, i)
			total += c.Width
		}
	}
	for _, i := range visible {
		doc.Columns = append(doc.Columns, htmlColumn{Header: t.Columns[i].Header,
			Percent: fmt.Sprintf("%.1f", 100*t.Columns[i].Width/math.Max(total, 1))})
	}
	bodyMM, textMM := float64(portraitBodyMM), float64(portraitTextMM)
	if t.Landscape {
		bodyMM, textMM = landscapeBodyMM, landscapeTextMM
	}
	budget := bodyMM * fillRatio
	// linesOf is how many lines a cell's text takes in a column of the given width weight.
	linesOf := func(text string, weight float64) int {
		// Lines break at spaces and hyphens, so a line holds less than the full width.
		cols := math.Max((textMM*weight/math.Max(total, 1)-cellPadMM)/charMM*0.85, 1)
		n := 0
		for _, part := range strings.Split(text, "\n") {
			n += int(math.Max(1, math.Ceil(float64(displayWidth(part))/cols)))
		}
		return n
	}
	headMM := rowPadMM
	{
		n := 1
		for _, i := range visible {
			n = max(n, linesOf(t.Columns[i].Header, t.Columns[i].Width))
		}
		headMM += float64(n) * lineMM
	}

	var blocks []*htmlBlock
	var heights []float64
	for i := 0; i < len(t.Rows); {
		g := t.Rows[i].Group
		b := &htmlBlock{}
		h := 0.0
		if g > 0 && g <= len(t.Groups) {
			head := t.Groups[g-1]
			b.Head = &head
			n := linesOf(head.Title, total) + len(head.Warnings)
			if head.Detail != "" {
				n += linesOf(head.Detail, total)
			}
			for _, w := range head.Warnings {
				n += linesOf(w, total) - 1
			}
			h += float64(n)*lineMM + rowPadMM
		}
		for ; i < len(t.Rows) && t.Rows[i].Group == g; i++ {
			cells := make([]htmlCell, 0, len(visible))
			lines := 1
			for _, c := range visible {
				col := t.Columns[c]
				text := ""
				if c < len(t.Rows[i].Cells) {
					text = t.Rows[i].Cells[c]
				}
				cls := ""
				switch {
				case col.Check:
					cls, text = "check", ""
				case col.Numeric:
					cls = "num"
				}
				cells = append(cells, htmlCell{Text: text, Class: cls})
				lines = max(lines, linesOf(text, col.Width))
			}
			b.Rows = append(b.Rows, cells)
			h += float64(lines)*lineMM + rowPadMM
		}
		blocks = append(blocks, b)
		heights = append(heights, h)
	}

	page := &htmlPage{}
	used := headMM
	pages := []*htmlPage{page}
	for i, b := range blocks {
		if used+heights[i] > budget && len(page.Blocks) > 0 {
			page = &htmlPage{}
			pages = append(pages, page)
			used = headMM
		}
		page.Blocks = append(page.Blocks, b)
		used += heights[i]
	}
	if len(t.Held) > 0 {
		const heldHeadMM = 8 + lineMM + rowPadMM // heading and table head
		if used+heldHeadMM+lineMM+rowPadMM > budget && len(page.Blocks) > 0 {
			page = &htmlPage{}
			pages = append(pages, page)
			used = 0
		}
		used += heldHeadMM
		heldCols := []float64{8, 20, 10, 25, 37} // the held table's column widths in per cent
		for _, h := range t.Held {
			n := max(linesOf(h.Summary, heldCols[3]*total/100), linesOf(h.OrderID, heldCols[1]*total/100))
			reasons := 0
			for _, r := range h.Reasons {
				reasons += linesOf(r, heldCols[4]*total/100)
			}
			rh := float64(max(n, reasons, 1))*lineMM + rowPadMM
			if used+rh > budget && (len(page.Held) > 0 || len(page.Blocks) > 0) {
				page = &htmlPage{}
				pages = append(pages, page)
				used = heldHeadMM
			}
			page.Held = append(page.Held, h)
			used += rh
		}
	}
	page.Notes = t.Notes
	if len(t.Rows) == 0 {
		pages[0].Empty = true
	}
	for i, p := range pages {
		p.No, p.Total = i+1, len(pages)
	}
	doc.Pages = pages
	if err := pageTemplate.Execute(w, doc); err != nil {
		return fmt.Errorf("lists: render %s HTML: %w", t.Kind, err)
	}
	return nil
}

// displayWidth counts East Asian wide characters as two columns.
func displayWidth(s string) int {
	n := 0
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		if r >= 0x1100 && (r <= 0x115f || (r >= 0x2e80 && r <= 0xa4cf) || (r >= 0xac00 && r <= 0xd7a3) ||
			(r >= 0xf900 && r <= 0xfaff) || (r >= 0xfe30 && r <= 0xfe4f) || (r >= 0xff00 && r <= 0xff60) ||
			(r >= 0xffe0 && r <= 0xffe6)) {
			n += 2
			continue
		}
		n++
	}
	return n
}
