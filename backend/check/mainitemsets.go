package check

import (
	"strings"

	"sellerdesk/backend/order"
)

// A catalogue name that sells a device with a part as a set writes the part and 세트 (핸드블렌더
// HB6571 다지기 세트, 스낵컬렉션 SW852D 와플 플레이트 세트, 라쳇 드라이버 비트 세트): the device is
// the set's main item. The seller's option that joins the main item to that part (본품+다지기,
// 본체 + 와플 플레이트, 본체+비트) lists the same set, when the two names name one device: by the
// model code both write, or by a title that calls the goods a set too. Without either (면도기 /
// 본체+면도날 against 면도날 세트: the set may hold the part alone) the main item stays a part to
// check (setparts.go), and so does a main item joined to a part that is sold alone for the device,
// a consumable (날, 필터, 칫솔모, 리필) or its power (배터리, 충전기): 다이슨 V15 / 본체+배터리
// against 다이슨 V15 배터리 세트 may be the batteries without the cleaner.

// dropMainItemOfSet leaves out the main item (본품, 본체) of r's option that quietSetParts made a
// warning, when r and e name one device by a shared product code and e a word of its own for it,
// or r's title writes 세트 too.
func dropMainItemOfSet(r, e *reading, diffs []Difference) []Difference {
	n := 0
	for i := range diffs {
		if mainItemOfSet(&diffs[i]) {
			n++
		}
	}
	if n == 0 || !r.titleWritesSet() && !(r.sharedProductCode(e) && e.namesDeviceOf(r)) || r.optionWritesSpare() {
		return diffs
	}
	out := diffs[:0]
	for _, d := range diffs {
		if !mainItemOfSet(&d) {
			out = append(out, d)
		}
	}
	return out
}

// mainItemOfSet reports whether d is the main item only the registered name writes, made a
// warning because the exposed name calls the goods a set.
func mainItemOfSet(d *Difference) bool {
	return d.Kind == KindBundle && d.Severity == order.Warn && d.Exposed == "" && mainItemWord(d.Registered)
}

// namesDeviceOf reports whether rd, a catalogue name, names the device by a word of its own:
// a word other than its first (the brand), 세트 and the words of r's option (the part), as
// 브라운 멀티퀵5 핸드블렌더 MQ5235 다지기 세트 names the blender and Tefal 스낵컬렉션 SW852D 와플
// 플레이트 세트 the line. A set named only by the brand, the code and the part (다이슨 V12 먼지통
// 세트, 닌자 BN750 컵 세트) may be the part sold alone for the device.
func (rd *reading) namesDeviceOf(r *reading) bool {
	opt := ""
	if r.optStart > 0 && r.optStart < len(r.name) {
		opt = strings.ToLower(r.name[r.optStart:])
	}
	for i := 1; i < len(rd.toks); i++ {
		t := &rd.toks[i]
		if t.kind == tWord && !t.stop && t.text != "세트" && t.text != "풀세트" && !strings.Contains(opt, t.text) {
			return true
		}
	}
	return false
}

// titleWritesSet reports whether rd's title (before its option) calls the goods a set (세트).
func (rd *reading) titleWritesSet() bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.sp.End <= rd.optStart && t.kind == tWord && (t.text == "세트" || t.text == "풀세트") {
			return true
		}
	}
	return false
}

// spareOfDevice are the parts of a device sold alone for it besides its consumables
// (consumablePart): its power.
var spareOfDevice = map[string]bool{"배터리": true, "배터리팩": true, "충전기": true, "어댑터": true, "리필": true}

// optionWritesSpare reports whether rd's option writes a consumable part or a spare of the device.
func (rd *reading) optionWritesSpare() bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.sp.Start >= rd.optStart && t.kind == tWord && (consumablePart(t.text) || spareOfDevice[t.text]) {
			return true
		}
	}
	return false
}
