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
  /** What is wrong with the value: the input is marked aria-invalid and the message shown beside it. */
  error?: string;
}

export function Field({ id, label, value, onInput, hint, inputMode = 'numeric', disabled, name, error }: FieldProps) {
  const invalid = !!error && !disabled;
  const describedBy = [hint ? `${id}-hint` : '', invalid ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${invalid ? ' invalid' : ''}`}>
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
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
      />
      {hint ? (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {invalid ? (
        <span class="field-error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </div>
  );
}
