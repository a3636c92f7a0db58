using System.Runtime.CompilerServices;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Events;

/// <summary>
/// The evidence each event's confidence was computed from, kept beside the event rather than on it so that the
/// record in <c>Model</c> does not depend on this layer. Only tools/FitEventConfidence reads it; the table holds
/// its entries weakly, so an event that is dropped takes its evidence with it.
/// </summary>
internal static class EventEvidenceLog
{
    private static readonly ConditionalWeakTable<ExtractedEvent, Box> Table = new();

    /// <summary>Whether events record their evidence (off in the product: a tool that fits weights turns it on).</summary>
    public static bool Enabled { get; set; }

    /// <summary>The evidence of <paramref name="e"/>, or the default record when it was not recorded.</summary>
    public static EventEvidenceRecord Of(ExtractedEvent e) => Table.TryGetValue(e, out var box) ? box.Value : default;

    internal static void Record(ExtractedEvent e, in EventEvidenceRecord evidence)
    {
        if (Enabled)
        {
            Table.Add(e, new Box(evidence));
        }
    }

    private sealed class Box(EventEvidenceRecord value)
    {
        public EventEvidenceRecord Value { get; } = value;
    }
}
