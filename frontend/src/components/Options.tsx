import type { LabelOption } from "../api";

/** A select over one of Go's label tables, with an "all" choice first. */
export function OptionSelect(props: { label: string; all: string; options: readonly LabelOption[]; value: string; onChange: (v: string) => void }) {
  return (
    <select aria-label={props.label} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
      <option value="">{props.all}</option>
      {props.options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
