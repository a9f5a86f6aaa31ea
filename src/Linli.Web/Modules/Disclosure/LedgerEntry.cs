using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Disclosure;

public enum Direction
{
    Income = 1,
    Expense = 2,
}

/// <summary>
/// One movement of a fund, in fen. Its content is never edited: a mistake is corrected by a new entry that names it
/// (<see cref="CorrectsId"/>) and carries the right amount, which the balance counts in its place. Each entry takes
/// the ledger's next sequence number (unique: two entries at once cannot both be next) and its hash covers the
/// previous entry's hash and its own content, so changing or removing any entry breaks every hash after it.
/// Publication is a state beside the content: requested when recorded, done at once or after a second person's
/// approval above the ledger's amount.
/// </summary>
public sealed class LedgerEntry : ICommunityOwned
{
    public const int MaxCategory = 50;
    public const int MaxCounterparty = 100;
    public const int MaxReason = 200;
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public int Id { get; private set; }
    public int LedgerId { get; private set; }
    public int CommunityId { get; private set; }
    public int Sequence { get; private set; }
    public DateOnly On { get; private set; }
    public Direction Direction { get; private set; }
    public long AmountFen { get; private set; }
    public string Category { get; private set; } = "";
    public string Counterparty { get; private set; } = "";
    public int? CorrectsId { get; private set; }
    public string? Reason { get; private set; }

    /// <summary>The voucher (a receipt's photo or PDF) recorded with the entry; its SHA-256 is in the entry's hash.</summary>
    public Guid? VoucherFileId { get; private set; }
    public string? VoucherSha256 { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }
    public string PreviousHash { get; private set; } = "";
    public string Hash { get; private set; } = "";

    public bool PublishRequested { get; private set; }
    public string? ApprovedBy { get; private set; }
    public DateTime? ApprovedAt { get; private set; }
    public DateTime? PublishedAt { get; private set; }

    private LedgerEntry() { }

    internal LedgerEntry(FundLedger ledger, int sequence, string previousHash, EntryContent content, bool publish, string recordedBy, DateTime now)
    {
        LedgerId = ledger.Id;
        CommunityId = ledger.CommunityId;
        Sequence = sequence;
        On = content.On;
        Direction = content.Direction;
        AmountFen = content.AmountFen;
        Category = content.Category;
        Counterparty = content.Counterparty;
        CorrectsId = content.CorrectsId;
        Reason = content.Reason;
        VoucherSha256 = content.VoucherSha256;
        RecordedBy = recordedBy;
        RecordedAt = now;
        PreviousHash = previousHash;
        Hash = HashOf(sequence, previousHash, content, recordedBy);
        PublishRequested = publish;
        if (publish && AmountFen <= ledger.ApprovalAboveFen) PublishedAt = now;
    }

    /// <summary>
    /// What the hash covers: every field of the content, in a fixed text form, and the entry before it. The voucher's
    /// digest is added only when there is one, so entries recorded without one keep the hashes they always had.
    /// </summary>
    public static string HashOf(int sequence, string previousHash, EntryContent content, string recordedBy)
    {
        var text = string.Join('\n', sequence.ToString(CultureInfo.InvariantCulture), previousHash, content.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            content.Direction.ToString(), content.AmountFen.ToString(CultureInfo.InvariantCulture), content.Category, content.Counterparty,
            content.CorrectsId?.ToString(CultureInfo.InvariantCulture) ?? "", content.Reason ?? "", recordedBy);
        if (content.VoucherSha256 is { } voucher) text += "\nvoucher:" + voucher;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public EntryContent Content => new(On, Direction, AmountFen, Category, Counterparty, CorrectsId, Reason, VoucherSha256);

    internal void Voucher(Guid fileId) => VoucherFileId = fileId;
}

/// <summary>The part of an entry its hash covers.</summary>
public sealed record EntryContent(DateOnly On, Direction Direction, long AmountFen, string Category, string Counterparty, int? CorrectsId, string? Reason,
    string? VoucherSha256 = null);
