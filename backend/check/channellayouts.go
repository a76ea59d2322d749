package check

import (
	"strings"

	"sellerdesk/backend/order"
)

// Speaker layouts. A sound bar or a home theatre states its speakers as a layout of dotted
// numbers before 채널 or ch: 2.1채널 (two speakers and a woofer), 5.1.2ch (five, a woofer and two
// height speakers). The layout is one value, written in Hangul or Latin: 3.1.2채널 is 3.1.2ch, and
// 5.1.2채널 against 7.1.4ch is another set. Read number by number, 3.1.2채널 is a number 3.1 and a
// count of 2채널, and 3.1.2ch a code; so a layout both names state is compared as a whole, and
// what the numbers and codes inside it were read as is left out.

// channelLayout is one layout a name writes: its dotted numbers and where it stands.
type channelLayout struct {
	key string // the numbers as written, dots between: "5.1.2"
	sp  Span
}

// channelLayouts are the layouts name writes: two or three numbers of one or two digits with
// dots between, then 채널 or ch (a space between allowed), not inside a longer number or word.
func channelLayouts(name string) []channelLayout {
	if strings.IndexByte(name, '.') < 0 {
		return nil
	}
	var out []channelLayout
	for i := 0; i < len(name); i++ {
		if !isDigit(name[i]) || i > 0 && (isDigit(name[i-1]) || name[i-1] == '.' || isLatinLetter(name[i-1])) {
			continue
		}
		j, groups := i, 0
		for {
			k := j
			for k < len(name) && isDigit(name[k]) {
				k++
			}
			if k == j || k-j > 2 {
				groups = 0
				break
			}
			groups++
			j = k
			if j+1 < len(name) && name[j] == '.' && isDigit(name[j+1]) {
				j++
				continue
			}
			break
		}
		if groups < 2 || groups > 3 {
			continue
		}
		end, ok := channelWordAt(name, j)
		if !ok {
			continue
		}
		out = append(out, channelLayout{key: name[i:j], sp: Span{Start: i, End: end}})
		i = end - 1
	}
	return out
}

// channelWordAt reports where 채널 or ch (any case) written at i, or after one space, ends; a
// Latin letter right after ch makes it another word (5.1 chair).
func channelWordAt(name string, i int) (int, bool) {
	if i < len(name) && name[i] == ' ' {
		i++
	}
	if strings.HasPrefix(name[i:], "채널") {
		return i + len("채널"), true
	}
	if i+2 <= len(name) && (name[i] == 'c' || name[i] == 'C') && (name[i+1] == 'h' || name[i+1] == 'H') {
		if i+2 < len(name) && isLatinLetter(name[i+2]) {
			return 0, false
		}
		return i + 2, true
	}
	return 0, false
}

// compareChannelLayouts: when both names state a speaker layout, the findings that lie inside
// the layouts (a number, a count or a code read from them) are left out, and two layouts of
// which none is the other's block as another number of channels.
func compareChannelLayouts(r, e *reading, diffs []Difference) []Difference {
	const dot = 1 << '.' // the dot's bit of nameSig.ascii[0]
	if r.says.ascii[0]&dot == 0 || e.says.ascii[0]&dot == 0 {
		return diffs // a layout has a dot (channelLayouts): the signatures say so without a search
	}
	rl := channelLayouts(r.name)
	if len(rl) == 0 {
		return diffs
	}
	el := channelLayouts(e.name)
	if len(el) == 0 {
		return diffs
	}
	diffs = dropFindingsWithin(diffs, layoutSpans(rl), layoutSpans(el))
	for _, a := range rl {
		for _, b := range el {
			if a.key == b.key {
				return diffs
			}
		}
	}
	d := difference(KindChannel, nil, nil, layoutFacts(r.name, rl), layoutFacts(e.name, el))
	d.Severity = order.Block
	return append(diffs, d)
}

func layoutSpans(ls []channelLayout) []Span {
	sps := make([]Span, len(ls))
	for i, l := range ls {
		sps[i] = l.sp
	}
	return sps
}

func layoutFacts(name string, ls []channelLayout) []fact {
	fs := make([]fact, 0, len(ls))
	for _, l := range ls {
		fs = append(fs, fact{key: l.key, text: name[l.sp.Start:l.sp.End], sp: l.sp})
	}
	return fs
}
