using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Newswire.Extraction.Codec;
using Newswire.Extraction.Model;

namespace Newswire.Generators.Tests.Architecture;

/// <summary>
/// A new event field touches three files: the engine's record (<c>Model/ExtractedEvent</c>), the field list
/// (<c>Codec/EventFields</c>, which drives the <c>[ArticleData]</c> format and the CLI's JSON export) and the runtime
/// <c>Newswire.Event</c>. These tests walk <see cref="ExtractedEvent"/>'s stored properties (those with a setter) and
/// fail when one is missing from any of the three. The CLI's JSON is checked in <c>Newswire.Cli.Tests</c>.
/// </summary>
public class EventFieldTests
{
    private static readonly PropertyInfo[] Stored = typeof(ExtractedEvent)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetSetMethod(nonPublic: true) != null)
        .ToArray();

    [Fact]
    public void EveryStoredPropertyHasOneFieldInTheList()
    {
        Assert.NotEmpty(Stored);
        var names = EventFields.All.Select(f => f.Name).ToList();
        Assert.Equal(names.Distinct().Count(), names.Count);
        Assert.Equal(Stored.Select(p => CamelCase(p.Name)).OrderBy(n => n, StringComparer.Ordinal), names.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void EveryStoredPropertySurvivesTheCodec()
    {
        var original = new ExtractedEvent("000", 0, Array.Empty<int>(), -1, null, null, EventModality.Happened, default, default, -1, 0);
        for (var i = 0; i < Stored.Length; i++)
        {
            Stored[i].SetValue(original, Sample(Stored[i].PropertyType, i));
        }

        var data = new ArticleData("a", false, "a.txt", "A", null, null, null, Array.Empty<int>(), Array.Empty<string>(), Array.Empty<ExtractedActor>(), new[] { original });
        var decoded = ArticleDataCodec.Decode(ArticleDataCodec.Encode(data)).Events.Single();
        foreach (var p in Stored)
        {
            Assert.True(Same(p.GetValue(original), p.GetValue(decoded)), $"ExtractedEvent.{p.Name} does not survive [ArticleData]: add it to Codec/EventFields");
        }
    }

    [Fact]
    public void EveryStoredPropertyIsOnTheRuntimeEvent()
    {
        var runtime = typeof(Newswire.Event).GetProperties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var p in Stored)
        {
            // A span is its start and length (SentenceStart, SentenceLength) beside the text it covers.
            Assert.True(
                runtime.Contains(p.Name) || (runtime.Contains(p.Name + "Start") && runtime.Contains(p.Name + "Length")),
                $"ExtractedEvent.{p.Name} has no property on Newswire.Event");
        }
    }

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);

    // A value of the property's type that no default equals, different per property.
    private static object Sample(Type type, int i)
    {
        if (type == typeof(string))
        {
            return "v" + i;
        }

        if (type == typeof(int))
        {
            return 100 + i;
        }

        if (type == typeof(double))
        {
            return (i + 1) / 100.0;
        }

        if (type == typeof(TextSpan))
        {
            return new TextSpan(10 + i, 20 + i);
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).Cast<object>().Last();
        }

        if (type == typeof(IReadOnlyList<int>))
        {
            return new[] { i, i + 1 };
        }

        throw new InvalidOperationException($"Teach EventFieldTests.Sample a value of {type}");
    }

    private static bool Same(object? a, object? b) =>
        a is IEnumerable x && a is not string && b is IEnumerable y
            ? x.Cast<object>().SequenceEqual(y.Cast<object>())
            : Equals(a, b);
}
