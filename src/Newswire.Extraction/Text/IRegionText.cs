using System.Collections.Generic;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Text;

/// <summary>
/// A text and the regions of it to tokenize. The analysis document implements it, so the tokenizer reads an
/// article without Text depending on the layers above it.
/// </summary>
public interface IRegionText
{
    /// <summary>The full text; regions and tokens are offsets into it.</summary>
    string Text { get; }

    /// <summary>The regions to tokenize, in text order.</summary>
    IReadOnlyList<TextSpan> Regions { get; }

    /// <summary>The headline's span when there is one: the region starting there is the headline.</summary>
    TextSpan? Headline { get; }
}
