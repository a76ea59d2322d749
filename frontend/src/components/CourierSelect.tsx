import type { CourierChoice } from "../api";

/** The courier of a tracking number, from Go's list (CJ대한통운 first). */
export function CourierSelect(props: { choices: CourierChoice[]; value: string; onChange: (name: string) => void }) {
  return (
    <select aria-label="택배사" value={props.value} onChange={(e) => props.onChange(e.target.value)}>
      {props.choices.map((c) => (
        <option key={c.name} value={c.name}>
          {c.name}
        </option>
      ))}
    </select>
  );
}
