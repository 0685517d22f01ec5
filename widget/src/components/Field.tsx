/** A labelled number-ish text box: typed text is kept as typed; the engine's parse decides what it means. */
export interface FieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  inputMode?: 'numeric' | 'text' | 'decimal';
  disabled?: boolean;
  name: string;
}

export function Field({ id, label, value, onInput, hint, inputMode = 'numeric', disabled, name }: FieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        spellcheck={false}
        value={value}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
      />
      {hint ? (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
    </div>
  );
}
