package check

import "strings"

// A scale is sold by what it weighs up to and often by its reading step too: 전자저울 30kg 5g
// weighs up to 30kg in steps of 5g. The step is no weight of the goods, and a catalogue name
// that writes the capacity alone names the same scale.

// scaleStepShare is how small a part of the name's largest weight a step is at most (5g of
// 30kg is a six-thousandth, 0.01g of 200g a twenty-thousandth).
const scaleStepShare = 500

// dropScaleStep leaves out the reading step of a scale rd names (저울, 스케일) beside its
// capacity, where other writes no step of its own: a weight of rd a scaleStepShare-th of rd's
// largest weight or less. A step the other name writes too is compared as written (0.01g
// against 0.1g are two scales).
func (rd *reading) dropScaleStep(other *reading) {
	top, steps := weightsOf(rd)
	if steps == 0 {
		return
	}
	if _, otherSteps := weightsOf(other); otherSteps > 0 || !namesScale(rd) && !namesScale(other) {
		return
	}
	out := rd.measures[:0]
	for _, t := range rd.measures {
		if t.dim == dimWeight && t.value > 0 && t.value*scaleStepShare <= top {
			continue
		}
		out = append(out, t)
	}
	rd.measures = out
}

// weightsOf is the largest weight rd writes and how many of its weights are a
// scaleStepShare-th of it or less.
func weightsOf(rd *reading) (top float64, steps int) {
	for i := range rd.measures {
		if t := &rd.measures[i]; t.dim == dimWeight && t.value > top {
			top = t.value
		}
	}
	for i := range rd.measures {
		if t := &rd.measures[i]; t.dim == dimWeight && t.value > 0 && t.value*scaleStepShare <= top {
			steps++
		}
	}
	return top, steps
}

// namesScale reports whether rd's name calls the goods a scale.
func namesScale(rd *reading) bool {
	return strings.Contains(rd.name, "저울") || strings.Contains(rd.name, "스케일")
}
