namespace Insights.Ingest.Reading;

/// <summary>
/// Watches the bytes of an XML part for one over-long piece of markup. <see cref="System.Xml.XmlReader"/> streams text
/// and comments of any length, but holds a whole start tag (with its attributes) or CDATA section in memory, about six
/// bytes per byte of markup: a tag of a few hundred megabytes, which a small zip entry inflates to, would take
/// gigabytes. The guard follows tags (with quoted attribute values), comments, CDATA sections and processing
/// instructions across reads and reports when one grows past its limit.
/// </summary>
internal struct XmlMarkupGuard(int limit)
{
    private State _state;
    private long _length;
    private byte _quote;
    private byte _last;
    private byte _beforeLast;

    private enum State : byte
    {
        Text,
        Open,
        Bang,
        Tag,
        Quoted,
        Comment,
        CData,
    }

    /// <summary>The longest piece of markup allowed, in bytes.</summary>
    public readonly int Limit => limit;

    /// <summary>Follows <paramref name="bytes"/>, the next bytes of the part; false when a piece of markup is over the limit.</summary>
    public bool Scan(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            var start = i;
            switch (_state)
            {
                case State.Text:
                    var open = bytes[i..].IndexOf((byte)'<');
                    if (open < 0)
                    {
                        return true;
                    }

                    i += open + 1;
                    (_state, _length) = (State.Open, 1);
                    continue;
                case State.Open:
                    _state = bytes[i] == (byte)'!' ? State.Bang : State.Tag;
                    i += _state == State.Bang ? 1 : 0;
                    break;
                case State.Bang:
                    // <!-- a comment: streamed by the reader; <![CDATA[: held whole, like a tag; <!DOCTYPE: refused by the reader.
                    _state = bytes[i] == (byte)'-' ? State.Comment : bytes[i] == (byte)'[' ? State.CData : State.Tag;
                    (_last, _beforeLast) = (0, 0);
                    i++;
                    break;
                case State.Tag:
                    var stop = bytes[i..].IndexOfAny((byte)'"', (byte)'\'', (byte)'>');
                    if (stop < 0)
                    {
                        i = bytes.Length;
                        break;
                    }

                    i += stop + 1;
                    if (bytes[i - 1] == (byte)'>')
                    {
                        _state = State.Text;
                    }
                    else
                    {
                        (_state, _quote) = (State.Quoted, bytes[i - 1]);
                    }

                    break;
                case State.Quoted:
                    var close = bytes[i..].IndexOf(_quote);
                    i = close < 0 ? bytes.Length : i + close + 1;
                    _state = close < 0 ? State.Quoted : State.Tag;
                    break;
                default:
                    // A comment ends at -->, a CDATA section at ]]>: look at each > and the two bytes before it.
                    var end = bytes[i..].IndexOf((byte)'>');
                    var upTo = end < 0 ? bytes.Length : i + end;
                    Remember(bytes[start..upTo]);
                    i = end < 0 ? bytes.Length : upTo + 1;
                    var marker = _state == State.Comment ? (byte)'-' : (byte)']';
                    if (end >= 0 && _last == marker && _beforeLast == marker)
                    {
                        _state = State.Text;
                    }
                    else if (end >= 0)
                    {
                        (_last, _beforeLast) = ((byte)'>', _last);
                    }

                    if (_state == State.Comment || (_state == State.Text && marker == (byte)'-'))
                    {
                        // Comments are streamed by the reader: their length does not count.
                        _length = 0;
                        continue;
                    }

                    break;
            }

            _length += i - start;
            if (_state != State.Text && _length > limit)
            {
                return false;
            }
        }

        return true;
    }

    private void Remember(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2)
        {
            (_beforeLast, _last) = (bytes[^2], bytes[^1]);
        }
        else if (bytes.Length == 1)
        {
            (_beforeLast, _last) = (_last, bytes[0]);
        }
    }
}
