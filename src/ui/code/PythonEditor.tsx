import { indentWithTab } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { Compartment, EditorState, StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView, keymap, type DecorationSet } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { basicSetup } from 'codemirror';
import { useEffect, useRef, useState } from 'react';
import { whenOnScreen } from '../panel/whenOnScreen';
import './editor.css';

export interface PythonEditorProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** The accessible name of the editing area. */
  readonly label: string;
  /** A line to mark (a syntax error, the line an exception was raised on, a refused construct). */
  readonly markedLine: number | null;
  /** Ctrl/Cmd+Enter runs the program. */
  readonly onRun: () => void;
}

const setMark = StateEffect.define<number | null>();

/** The marked line as a line decoration (class `cm-marked-line`), replaced by each `setMark`. */
const markField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    let next = marks.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setMark)) continue;
      const line = effect.value;
      next =
        line !== null && line >= 1 && line <= tr.state.doc.lines
          ? Decoration.set([Decoration.line({ class: 'cm-marked-line' }).range(tr.state.doc.line(line).from)])
          : Decoration.none;
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/** Colours from the app's code palette (the same CSS variables as the highlighted source, light and dark). */
const highlight = HighlightStyle.define([
  { tag: tags.comment, color: 'var(--code-comment)', fontStyle: 'italic' },
  {
    tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.moduleKeyword],
    color: 'var(--code-keyword)',
  },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--code-string)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--code-number)' },
  {
    tag: [tags.function(tags.variableName), tags.function(tags.definition(tags.variableName))],
    color: 'var(--code-function)',
  },
  { tag: [tags.standard(tags.variableName), tags.self], color: 'var(--code-builtin)' },
  { tag: [tags.punctuation, tags.operator], color: 'var(--code-punct)' },
]);

const theme = EditorView.theme({
  '&': { color: 'var(--fg)', backgroundColor: 'var(--code-bg)', fontSize: '13px' },
  '.cm-content': { fontFamily: 'var(--mono)', caretColor: 'var(--fg)' },
  '.cm-gutters': { backgroundColor: 'var(--code-bg)', color: 'var(--muted)', border: 'none' },
  '.cm-activeLine, .cm-activeLineGutter': {
    backgroundColor: 'color-mix(in srgb, var(--accent) 8%, transparent)',
  },
  '&.cm-focused .cm-cursor': { borderLeftColor: 'var(--fg)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'color-mix(in srgb, var(--accent) 30%, transparent)',
  },
});

/**
 * The code panel's editor: CodeMirror 6 with Python highlighting, its standard keyboard (undo, search,
 * indentation, bracket matching; Tab indents, Escape then Tab leaves the editor), Ctrl/Cmd+Enter to run,
 * and one marked line for errors.
 */
export default function PythonEditor({ value, onChange, label, markedLine, onRun }: PythonEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const callbacks = useRef({ onChange, onRun });
  /** The accessible name, reconfigured in place when it changes (a new strategy, another language). */
  const [named] = useState(() => new Compartment());
  const shownLabel = useRef(label);
  /** A new label means a new program: its text replaces the editor's state (and its undo history). */
  const freshProgram = useRef(false);
  useEffect(() => {
    callbacks.current = { onChange, onRun };
  });
  /** A state holding `doc`, with every extension; the callbacks are read through the ref. */
  const stateOf = (doc: string, name: string) =>
    EditorState.create({
      doc,
      extensions: [
        basicSetup,
        python(),
        syntaxHighlighting(highlight),
        theme,
        markField,
        keymap.of([{ key: 'Mod-Enter', run: () => (callbacks.current.onRun(), true) }, indentWithTab]),
        named.of(EditorView.contentAttributes.of({ 'aria-label': name })),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) callbacks.current.onChange(update.state.doc.toString());
        }),
      ],
    });
  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({ state: stateOf(value, shownLabel.current), parent: host.current });
    view.current = editor;
    // The scroller is a keyboard-scrollable region of its own (axe: scrollable-region-focusable).
    editor.scrollDOM.tabIndex = 0;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The editor is created once (building a view takes ~100 ms at a strategy change, before the picture is
    // painted); later labels and values arrive through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    const editor = view.current;
    if (!editor || shownLabel.current === label) return;
    shownLabel.current = label;
    editor.dispatch({ effects: named.reconfigure(EditorView.contentAttributes.of({ 'aria-label': label })) });
    freshProgram.current = true;
  }, [label, named]);
  useEffect(() => {
    const editor = view.current;
    if (!editor || !host.current) return;
    // A new program for new parameters (each slider step): shown once the step's picture is painted, and only
    // when the editor is on screen. What Run and Copy use is the `value` prop itself, never this view of it.
    return whenOnScreen(host.current, () => {
      if (freshProgram.current) {
        // Another strategy's program: a fresh state, so undo never brings back the previous one's.
        freshProgram.current = false;
        editor.setState(stateOf(value, shownLabel.current));
      } else if (editor.state.doc.toString() !== value)
        editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const effects: StateEffect<unknown>[] = [setMark.of(markedLine)];
    if (markedLine !== null && markedLine >= 1 && markedLine <= editor.state.doc.lines)
      effects.push(EditorView.scrollIntoView(editor.state.doc.line(markedLine).from, { y: 'center' }));
    editor.dispatch({ effects });
  }, [markedLine]);
  return <div ref={host} className="python-editor" data-testid="python-editor" />;
}
