using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Lexicons;

// Loading: the built-in and consumer data into the word-id trie and the side tables the lookups read (see Lexicon.cs).
internal sealed partial class Lexicon
{
    private static Lexicon LoadBuiltIn()
    {
        var lexicon = new Lexicon();
        lexicon.Load(BuiltInText());
        lexicon.Finish();
        return lexicon;
    }

    private static string BuiltInText()
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream("Newswire.Lexicons.actors.tsv");
        if (stream == null)
        {
            return "";
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [MethodImpl(Hot.Once)]
    private void AddConsumer(IReadOnlyList<ConsumerLexicon.Record> records)
    {
        foreach (var r in records)
        {
            if (r.Kind == ConsumerLexicon.RecordKind.Demonym)
            {
                _demonyms.Set(r.Name, r.Country ?? "");
                continue;
            }

            var kind = r.Kind switch
            {
                ConsumerLexicon.RecordKind.Person => LexiconKind.Person,
                ConsumerLexicon.RecordKind.Organization => LexiconKind.Organization,
                ConsumerLexicon.RecordKind.Country => LexiconKind.Country,
                _ => LexiconKind.Place,
            };
            AddEntry(kind, r.Name, r.Country, r.Role, r.Aliases);
        }
    }

    [MethodImpl(Hot.Once)]
    private void Load(string data)
    {
        var pos = 0;
        var fields = new string[5];
        while (pos < data.Length)
        {
            var eol = data.IndexOf('\n', pos);
            if (eol < 0)
            {
                eol = data.Length;
            }

            var lineStart = pos;
            pos = eol + 1;
            if (eol - lineStart < 3 || data[lineStart] == '#')
            {
                continue;
            }

            LoadRecord(data[lineStart], fields, Split(data, lineStart, eol, fields));
        }
    }

    // One line of the built-in lexicon: its kind letter, its tab-separated fields and how many there are.
    [MethodImpl(Hot.Once)]
    private void LoadRecord(char kind, string[] fields, int n)
    {
        var country = n > 1 && fields[1].Length == 3 ? fields[1] : null;
        switch (kind)
        {
            case 'C':
                LoadCountry(fields, n, country);
                break;
            case 'D':
                if (n >= 3 && !_demonyms.TryGet(fields[2], out _))
                {
                    _demonyms.Set(fields[2], fields[1]);
                }

                break;
            case 'L':
                if (n >= 3)
                {
                    AddEntry(LexiconKind.Place, fields[2], country, null, Aliases(n > 3 ? fields[3] : ""));
                }

                break;
            case 'O':
                if (n >= 3)
                {
                    AddEntry(LexiconKind.Organization, fields[2], country, null, Aliases(n > 3 ? fields[3] : ""));
                }

                break;
            case 'P':
                LoadPerson(fields, n, country);
                break;
            case 'G':
                if (n >= 2 && !IsTitleWord(fields[1]))
                {
                    _givenNames.Set(fields[1], true);
                }

                break;
            case 'A':
                if (n >= 3)
                {
                    _agents.Set(fields[1], fields[2]);
                }

                break;
        }
    }

    [MethodImpl(Hot.Once)]
    private void LoadCountry(string[] fields, int n, string? country)
    {
        if (n >= 3 && country != null)
        {
            var e = AddEntry(LexiconKind.Country, fields[2], country, null, Aliases(n > 3 ? fields[3] : ""));
            if (!_countries.ContainsKey(country))
            {
                _countries[country] = e;
            }
        }
    }

    [MethodImpl(Hot.Once)]
    private void LoadPerson(string[] fields, int n, string? country)
    {
        if (n >= 3)
        {
            var role = n > 3 && fields[3].Length > 0 ? fields[3] : null;
            AddEntry(LexiconKind.Person, fields[2], country, role, Aliases(n > 4 ? fields[4] : ""));
        }
    }

    [MethodImpl(Hot.Once)]
    private static int Split(string data, int start, int end, string[] fields)
    {
        var n = 0;
        var s = start;
        for (var i = start; i <= end && n < fields.Length; i++)
        {
            if (i == end || data[i] == '\t' || data[i] == '\r')
            {
                fields[n++] = data.Substring(s, i - s).Trim();
                s = i + 1;
                if (i < end && data[i] == '\r')
                {
                    break;
                }
            }
        }

        return n;
    }

    private static string[] Aliases(string field) =>
        field.Length == 0 ? Array.Empty<string>() : field.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries);

    [MethodImpl(Hot.Once)]
    private LexiconEntry AddEntry(LexiconKind kind, string name, string? country, string? role, string[] aliases)
    {
        var entry = new LexiconEntry(_entries.Count, kind, name, country, role, aliases);
        _entries.Add(entry);
        AddSurface(entry, name, SurfaceFlags.Canonical);
        foreach (var a in aliases)
        {
            AddSurface(entry, a.Trim(), SurfaceFlags.None);
        }

        if (kind == LexiconKind.Organization)
        {
            AddUnSpelledOut(entry, name);
            foreach (var a in aliases)
            {
                AddUnSpelledOut(entry, a.Trim());
            }
        }

        if (kind == LexiconKind.Person)
        {
            // Given name and surname facts for shape rules and surname-only mentions.
            var words = name.Split(' ');
            if (words.Length >= 2)
            {
                // A title opening a record ("Air Vice Marshal ...", "Sir ...", "Sheikh ...") is not a given name.
                if (words[0].Length >= 3 && char.IsUpper(words[0][0]) && !IsTitleWord(words[0]))
                {
                    _givenNames.Set(words[0], true);
                }

                // Only people with a known role (curated or consumer facts) answer to their surname alone.
                var last = words[words.Length - 1];
                if (last.Length >= 3 && role != null)
                {
                    if (_surnames.TryGet(last, out var existing))
                    {
                        if (existing != null && existing.Country != entry.Country)
                        {
                            _surnames.Set(last, null); // ambiguous: no country from the surname alone
                        }
                    }
                    else
                    {
                        _surnames.Set(last, entry);
                    }
                }
            }
        }

        return entry;
    }

    // "UN Interim Force in Lebanon" (the dictionaries' form) is "United Nations Interim Force in Lebanon" or "U.N.
    // Interim Force in Lebanon" in agency copy: a UN body answers to every spelling of its first word.
    [MethodImpl(Hot.Once)]
    private void AddUnSpelledOut(LexiconEntry entry, string surface)
    {
        if (surface.Length > 3 && surface.StartsWith("UN ", StringComparison.Ordinal))
        {
            AddSurface(entry, "United Nations " + surface.Substring(3), SurfaceFlags.None);
            AddSurface(entry, "U.N. " + surface.Substring(3), SurfaceFlags.None);
        }
    }

    [MethodImpl(Hot.Once)]
    private void AddSurface(LexiconEntry entry, string surface, SurfaceFlags flags)
    {
        if (surface.Length == 0)
        {
            return;
        }

        // Tokenize the surface exactly as article text is tokenized, so "U.S." and "Rostov-on-Don" line up.
        var buffer = new TokenBuffer(8);
        Tokenizer.Tokenize(surface, 0, surface.Length, buffer);
        var tokens = buffer.ToArrayView(out var count);
        if (count == 0)
        {
            return;
        }

        var letters = 0;
        var upper = 0;
        foreach (var c in surface)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        // Short all-caps or mixed-case single words are acronyms: "US", "IS", "DoD", "ISIL".
        if (count == 1 && letters >= 1 && letters <= 5 && upper >= 2 || (count == 1 && letters <= 3 && upper == letters))
        {
            flags |= SurfaceFlags.Acronym;
        }

        if (char.IsLower(surface[0]))
        {
            flags |= SurfaceFlags.LowerStart;
        }

        var node = 0;
        for (var i = 0; i < count; i++)
        {
            var key = surface.Substring(tokens[i].Start, tokens[i].Length);
            if (!_words.TryGet(key, out var wid))
            {
                wid = _words.Count;
                _words.Set(key, wid);
                if (Diacritics.TryFold(key, 0, key.Length, out var folded) && !_words.TryGet(folded, out _))
                {
                    _words.Set(folded, wid);
                }
            }

            if (i == 0 && (flags & SurfaceFlags.LowerStart) != 0)
            {
                _lowerStarts.Add(wid);
                _lowerStartWords.Set(key, true);
                var hash = TermKey.Hash(TermKey.Normalize(key));
                _lowerStartBits[(hash >> 6) & 3] |= 1UL << hash;
            }

            if (!_edges.TryGet(node, wid, out var child))
            {
                child = _terminal.Count;
                _terminal.Add(-1);
                _edges.Set(node, wid, child);
            }

            node = child;
        }

        SetTerminal(node, entry, flags, surface);
    }

    // The first surface to reach a node is its surface; "Al Qaeda" and "al Qaeda" share the node, and the lower-case
    // spelling of the same entry lets its surface start in lower case.
    private void SetTerminal(int node, LexiconEntry entry, SurfaceFlags flags, string surface)
    {
        if (_terminal[node] < 0)
        {
            _terminal[node] = _surfaces.Count;
            _surfaces.Add((entry, flags, surface));
        }
        else if ((flags & SurfaceFlags.LowerStart) != 0 && _surfaces[_terminal[node]] is var first && first.Entry == entry)
        {
            _surfaces[_terminal[node]] = (first.Entry, first.Flags | SurfaceFlags.LowerStart, first.Surface);
        }
    }

    [MethodImpl(Hot.Once)]
    private void Finish()
    {
        FinishSurnames();
        _terminalOf = _terminal.ToArray();
        _surfaceOf = _surfaces.ToArray();
        _lowerStartIds = new bool[_words.Count];
        foreach (var id in _lowerStarts)
        {
            _lowerStartIds[id] = true;
        }
    }

    [MethodImpl(Hot.Once)]
    private void FinishSurnames()
    {
        // Surnames become surfaces of their own (weak) when unambiguous and not already a surface.
        foreach (var kv in _surnames.Entries())
        {
            if (kv.Value is { } person && !HasSurface(kv.Key))
            {
                var name = person.Name;
                var space = name.LastIndexOf(' ');
                AddSurface(person, name.Substring(space + 1), SurfaceFlags.Surname);
            }
        }
    }

    [MethodImpl(Hot.Once)]
    private bool HasSurface(string normalized)
    {
        var buffer = new TokenBuffer(4);
        Tokenizer.Tokenize(normalized, 0, normalized.Length, buffer);
        var tokens = buffer.ToArrayView(out var count);
        var node = 0;
        for (var i = 0; i < count; i++)
        {
            if (!_words.TryGet(normalized.Substring(tokens[i].Start, tokens[i].Length), out var wid)
                || !_edges.TryGet(node, wid, out node))
            {
                return false;
            }
        }

        return _terminal[node] >= 0;
    }
}
