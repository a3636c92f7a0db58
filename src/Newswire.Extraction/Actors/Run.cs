using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Analysis;
using Newswire.Extraction.Diagnostics;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

// The run over one article: its token view, lexicon matches and the order of the stages (propose, resolve, link).
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private readonly TokenizedText _tt;
        private readonly string _text;
        private readonly Token[] _tokens;
        private readonly Lexicon _lex;
        private readonly int[] _wordIds;
        private readonly int _maxActors;
        private readonly Scratch _scratch = Scratch.Rent();
        private IntSet? _lowercaseWords;
        private readonly Lists _lists = Lists.Rent();
        private readonly RefList<RawMention> _mentions;
        private readonly List<ActorBuilder> _actors;
        private readonly Dictionary<int, ActorBuilder> _byEntry;
        private readonly Dictionary<string, ActorBuilder> _byKey;
        private readonly TermTable<ActorBuilder> _personWords;
        private readonly TermTable<ActorBuilder> _aliases;
        private readonly TermTable<ActorBuilder>[] _byName;
        private readonly List<(int Token, int Sentence)> _pending;
        private readonly List<(int First, int Count, int HeadToken, string? Country, bool Capitalized)> _descriptions;
        private readonly List<int> _capsSentences;
        private readonly List<(int Token, ActorKind Kind)> _pronouns;
        private readonly List<Segment> _segs;

        public Run(TokenizedText tt, Lexicon lex, int maxActors)
        {
            _tt = tt;
            _text = tt.Text;
            _tokens = tt.Tokens;
            _lex = lex;
            _maxActors = maxActors;
            _mentions = _lists.Mentions;
            _segs = _lists.Segs;
            _byEntry = _lists.ByEntry;
            _byKey = _lists.ByKey;
            _actors = _lists.Actors;
            _pending = _lists.Pending;
            _descriptions = _lists.Descriptions;
            _capsSentences = _lists.CapsSentences;
            _pronouns = _lists.Pronouns;
            _vetoes = _lists.Vetoes;
            _personWords = _lists.PersonWords;
            _aliases = _lists.Aliases;
            _byName = _lists.ByName;
            _wordIds = Scratch.AtLeast(ref _scratch.Ints1, _tokens.Length);
            _classes = Scratch.AtLeast(ref _scratch.Longs1, _tokens.Length);

            // Both looked up on demand (lower-case words mostly never are), each word once per thread (WordLookups).
            Names.NameTagger.Default.Number(tt);
            _words = _scratch.WordLookups.Fill(tt, lex, _wordIds, _classes);
            if (_words == null)
            {
                Lexicon.ClearWordIds(_wordIds, _tokens.Length);
                Array.Clear(_classes, 0, _tokens.Length);
            }
        }

        // The tagger's word number of each token (WordLookups), or null.
        private readonly int[]? _words;

        // Each token's word classes (WordClasses), looked up on first use: bit 63 set once known, so 0 is "not yet".
        private readonly long[] _classes;

        private const long ClassesKnown = long.MinValue;

        /// <summary>Whether token <paramref name="index"/> is a word of list <paramref name="c"/> (as WordLists' own table answers).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool InList(WordClass c, int index)
        {
            var classes = _classes[index];
            if (classes == 0)
            {
                _classes[index] = classes = WordClasses.Of(_text, _tokens[index]) | ClassesKnown;
            }

            return WordClasses.Has(classes, c);
        }

        // Whether the article uses the word with hash <paramref name="hash"/> in lower case. The first questions scan the
        // tokens (cheaper than building the set when an article asks once or twice); later ones use LowercaseWords.
        [MethodImpl(Hot.Path)]
        private bool UsedInLowerCase(int hash)
        {
            if (_lowercaseWords != null || ++_lowercaseScans > DirectLowercaseScans)
            {
                return LowercaseWords().Contains(hash);
            }

            var tokens = _tokens;
            for (var i = 0; i < tokens.Length; i++)
            {
                if (tokens[i].Hash == hash && tokens[i].Kind == TokenKind.Word && tokens[i].IsLower)
                {
                    return true;
                }
            }

            return false;
        }

        // Questions UsedInLowerCase answers by a scan before it builds the set.
        private const int DirectLowercaseScans = 2;
        private int _lowercaseScans;

        // Hashes of the words the article uses in lower case; collected on first use (few articles need them). IsCommonAt
        // asks only about a word that opens a sentence, a quote or a line, so one pass over all words answers it alike.
        [MethodImpl(Hot.Path)]
        private IntSet LowercaseWords()
        {
            if (_lowercaseWords == null)
            {
                // The set and tokens in locals, each token read in place (a foreach copies every token).
                var set = _lowercaseWords = _scratch.Set;
                set.Clear();
                var tokens = _tokens;
                for (var i = 0; i < tokens.Length; i++)
                {
                    ref readonly var t = ref tokens[i];
                    if (t.Kind == TokenKind.Word && t.IsLower)
                    {
                        set.Add(t.Hash);
                    }
                }
            }

            return _lowercaseWords;
        }

        /// <summary>Gives the per-token scratch arrays back for the next article (call after <see cref="Result"/>).</summary>
        public void Release()
        {
            if (_words != null)
            {
                _scratch.WordLookups.Keep(_words, _tokens.Length, _wordIds, _classes);
            }

            Scratch.Return(_scratch);
            Lists.Return(_lists);
        }

        // Lexicon matches per token up to the sentence end, computed once (0 unknown, -1 none, else token count).
        private int[]? _matchCount;
        private LexiconMatch[]? _matches;

        private bool MatchAt(int start, int limit, out LexiconMatch match)
        {
            if (_matchCount == null)
            {
                _matchCount = Scratch.AtLeast(ref _scratch.Ints2, _tokens.Length);
                Array.Clear(_matchCount, 0, _tokens.Length);
                _matches = Scratch.AtLeast(ref _scratch.Matches, _tokens.Length);
            }

            var c = _matchCount[start];
            if (c == 0)
            {
                if (CanStartSurface(start) && _lex.WordIdAt(_tt, _wordIds, start) >= 0 && _lex.Match(_tt, _wordIds, start, SentenceAt(start).EndToken, false, out var m))
                {
                    _matches![start] = m;
                    c = m.TokenCount;
                }
                else
                {
                    c = -1;
                }

                _matchCount[start] = c;
            }

            if (c < 0)
            {
                match = default;
                return false;
            }

            if (start + c <= limit)
            {
                match = _matches![start];
                return true;
            }

            return _lex.Match(_tt, _wordIds, start, limit, false, out match);
        }

        // A word opening with a lower-case letter starts only a lower-case surface ("al-Qaeda", "the Kremlin") or a
        // name after its Arabic article ("al-Shabaab"): the others need a capital (Lexicon.CaseFits). Skips the word-table probe and the match for "of", "and", "said".
        [MethodImpl(MethodImplOptions.AggressiveInlining)] // MatchAt asks it of every chunk token
        private bool CanStartSurface(int start)
        {
            ref readonly var t = ref _tokens[start];
            return !t.IsLower || !char.IsLower(_text[t.Start]) || _lex.StartsLowerSurface(_text, t)
                   || (t.Flags & TokenFlags.Hyphenated) != 0 && Lexicon.IsArabicArticleWord(_text, t);
        }

        // The sentence of a token: scans mostly ask about the sentence they are in, so the last answer is tried first.
        private int _lastSentence;

        private Sentence SentenceAt(int token)
        {
            var sentences = _tt.Sentences;
            var k = _lastSentence;
            if (k < sentences.Length && sentences[k].FirstToken <= token && token < sentences[k].EndToken)
            {
                return sentences[k];
            }

            k = _tt.SentenceOf(token);
            _lastSentence = k < 0 ? 0 : k;
            return sentences[k];
        }

        public bool CapReached { get; private set; }

        public int CapOffset { get; private set; }

        [MethodImpl(Hot.Path)]
        public void Execute()
        {
            for (var s = 0; s < _tt.Sentences.Length; s++)
            {
                var sentence = _tt.Sentences[s];
                if (sentence.CapsUninformative)
                {
                    _capsSentences.Add(s);
                    continue;
                }

                ScanSentence(s, sentence);
            }

            ResolvePending();
            foreach (var s in _capsSentences)
            {
                ScanCapsSentence(_tt.Sentences[s]);
            }

            ArbitrateNames();
            LinkPendingSurnames();
            ResolveDescriptions();
            ResolvePronouns();
            DropStormMentions();
            MergeIdentities();
        }
    }
}
