using Newswire.Extraction.Text;

// Resolve: "Hun Manet", "Sar Kheng", "To Lam": a family name written first and the tagger's person name after it.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Khmer, Chinese, Korean and Vietnamese names put the family name first; when the given name is one the tagger
        // knows on its own (a painter's, a Western surname), it reads the person as the given name alone and leaves
        // the family name out. A one-word person name right after a capitalized family name of those traditions
        // (not opening the sentence, in no name of its own) starts at the family name. So does a two-word one, even
        // at the sentence's start ("Tan Kok Wai said"): a family name and two given words is the Chinese and Malaysian
        // Chinese shape, and the tagger knows the given words' pair but not the surname that opens it.
        private void JoinFamilyNamesFirst()
        {
            for (var i = 0; i < _mentions.Count; i++)
            {
                var m = _mentions[i];
                var f = m.NameFirst - 1;
                if (m.Kind != MentionKind.Name || m.Actor.Kind != ActorKind.Person || m.Actor.Entry != null || m.NameCount > 2
                    || f < 0 || !IsFamilyNameWord(f) || m.NameCount == 1 && OpensSentence(f) || IsNameToken(f))
                {
                    continue;
                }

                ReSpanName(i, f, m.NameFirst + m.NameCount);
            }
        }

        private bool OpensSentence(int t) => t < 1 || _tt.SentenceOf(t - 1) != _tt.SentenceOf(t);

        private bool IsFamilyNameWord(int t) =>
            _tokens[t].Kind == TokenKind.Word && _tokens[t].IsCapitalized && !_tokens[t].IsAllCaps && FamilyNamesFirst.Contains(_text, _tokens[t]);

        // Frequent family names of the traditions that write them first (Khmer, Chinese, Korean, Vietnamese).
        private static readonly TermTable<bool> FamilyNamesFirst = Table(new[]
        {
            "hun", "sar", "sok", "chea", "heng", "prak", "ung", "keo", "kem", "ieng", "khieu", "nuon", "meas", "yim", "chhim",
            "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "zhu", "guo", "lin", "luo",
            "gao", "zheng", "liang", "xie", "tang", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan",
            "yuan", "cai", "jiang", "cheng", "wei", "ding", "shen", "yao", "zhong", "xi", "qin",
            "tan", "teo", "goh", "ong", "koh", "chua", "wong", "khoo", "ooi", "yeo",
            "kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "shin", "yoo", "ahn", "hwang",
            "jeon", "kwon", "moon", "bae", "baek", "chung", "ryu", "seo", "ri", "pak",
            "nguyen", "tran", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "ngo", "duong", "truong", "dinh",
        });
    }
}
