using System;
using System.Collections.Generic;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Codec;

/// <summary>
/// The one list of an event's fields. <see cref="ArticleDataCodec"/> writes and reads an event field by field in
/// this order, and the CLI's JSON export writes each under its <see cref="EventField.Name"/> in this order, so a new
/// field of <see cref="ExtractedEvent"/> is one line here (plus its property on the runtime <c>Newswire.Event</c>).
/// </summary>
public static class EventFields
{
    /// <summary>Every stored field of an event, in format and export order.</summary>
    public static IReadOnlyList<EventField> All { get; } = new[]
    {
        EventField.OfText("code", e => e.Code, (e, v) => e.Code = v ?? ""),
        EventField.OfActor("agent", e => e.Agent, (e, v) => e.Agent = v),
        EventField.OfActors("counterparts", e => e.Counterparts, (e, v) => e.Counterparts = v),
        EventField.OfActor("location", e => e.Location, (e, v) => e.Location = v),
        EventField.OfText("time", e => e.Time, (e, v) => e.Time = v),
        EventField.OfText("date", e => e.Date, (e, v) => e.Date = v),
        EventField.OfChoice("modality", e => (int)e.Modality, (e, v) => e.Modality = (EventModality)v, e => e.Modality.ToString()),
        EventField.OfActor("source", e => e.Source, (e, v) => e.Source = v),
        EventField.OfSpan("sentence", e => e.Sentence, (e, v) => e.Sentence = v),
        EventField.OfSpan("trigger", e => e.Trigger, (e, v) => e.Trigger = v),
        EventField.OfFraction("confidence", e => e.Confidence, (e, v) => e.Confidence = v),
    };
}

/// <summary>How an event field is exported: which of <see cref="EventField"/>'s readers it has.</summary>
public enum EventFieldKind
{
    /// <summary>A string or null (<see cref="EventField.Text"/>); also a named choice, such as the modality.</summary>
    Text,

    /// <summary>An index into the article's actors, -1 for none (<see cref="EventField.Actor"/>).</summary>
    Actor,

    /// <summary>A list of actor indexes (<see cref="EventField.Actors"/>).</summary>
    Actors,

    /// <summary>A span of the article's text (<see cref="EventField.Span"/>).</summary>
    Span,

    /// <summary>A number in [0, 1] (<see cref="EventField.Number"/>); the format keeps it per mille.</summary>
    Fraction,
}

/// <summary>One field of <see cref="ExtractedEvent"/>: its name, how to read it for export, and its format.</summary>
public sealed class EventField
{
    private EventField(string name, EventFieldKind kind, Action<ArticleDataCodec.Writer, ExtractedEvent> encode, Decoder decode)
    {
        Name = name;
        Kind = kind;
        Encode = encode;
        Decode = decode;
    }

    internal delegate void Decoder(ref ArticleDataCodec.Reader reader, ExtractedEvent target);

    /// <summary>The field's name: the property's name in camel case, and its JSON key.</summary>
    public string Name { get; }

    /// <summary>Which reader the field has.</summary>
    public EventFieldKind Kind { get; }

    /// <summary>The value as text, for <see cref="EventFieldKind.Text"/>.</summary>
    public Func<ExtractedEvent, string?>? Text { get; private set; }

    /// <summary>The actor index, for <see cref="EventFieldKind.Actor"/>.</summary>
    public Func<ExtractedEvent, int>? Actor { get; private set; }

    /// <summary>The actor indexes, for <see cref="EventFieldKind.Actors"/>.</summary>
    public Func<ExtractedEvent, IReadOnlyList<int>>? Actors { get; private set; }

    /// <summary>The text span, for <see cref="EventFieldKind.Span"/>.</summary>
    public Func<ExtractedEvent, TextSpan>? Span { get; private set; }

    /// <summary>The number, for <see cref="EventFieldKind.Fraction"/>.</summary>
    public Func<ExtractedEvent, double>? Number { get; private set; }

    internal Action<ArticleDataCodec.Writer, ExtractedEvent> Encode { get; }

    internal Decoder Decode { get; }

    internal static EventField OfText(string name, Func<ExtractedEvent, string?> get, Action<ExtractedEvent, string?> set) =>
        new EventField(name, EventFieldKind.Text, (w, e) => w.Str(get(e)), (ref ArticleDataCodec.Reader r, ExtractedEvent e) => set(e, r.Str())) { Text = get };

    // A choice among named values (an enum): its number in the format, its name in the export.
    internal static EventField OfChoice(string name, Func<ExtractedEvent, int> get, Action<ExtractedEvent, int> set, Func<ExtractedEvent, string> label) =>
        new EventField(name, EventFieldKind.Text, (w, e) => w.Int(get(e)), (ref ArticleDataCodec.Reader r, ExtractedEvent e) => set(e, r.Int())) { Text = label };

    internal static EventField OfActor(string name, Func<ExtractedEvent, int> get, Action<ExtractedEvent, int> set) =>
        new EventField(name, EventFieldKind.Actor, (w, e) => w.Int(get(e)), (ref ArticleDataCodec.Reader r, ExtractedEvent e) => set(e, r.Int())) { Actor = get };

    internal static EventField OfActors(string name, Func<ExtractedEvent, IReadOnlyList<int>> get, Action<ExtractedEvent, IReadOnlyList<int>> set) =>
        new EventField(name, EventFieldKind.Actors, (w, e) => w.Ints(get(e)), (ref ArticleDataCodec.Reader r, ExtractedEvent e) => set(e, r.Ints())) { Actors = get };

    internal static EventField OfSpan(string name, Func<ExtractedEvent, TextSpan> get, Action<ExtractedEvent, TextSpan> set) =>
        new EventField(name, EventFieldKind.Span, (w, e) => w.Span(get(e)), (ref ArticleDataCodec.Reader r, ExtractedEvent e) => set(e, new TextSpan(r.Int(), r.Int()))) { Span = get };

    internal static EventField OfFraction(string name, Func<ExtractedEvent, double> get, Action<ExtractedEvent, double> set) =>
        new EventField(name, EventFieldKind.Fraction, (w, e) => w.Int((int)Math.Round(get(e) * 1000)), (ref ArticleDataCodec.Reader r, ExtractedEvent e) => set(e, r.Int() / 1000.0)) { Number = get };
}
