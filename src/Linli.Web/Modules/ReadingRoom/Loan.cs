using System.Linq.Expressions;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.ReadingRoom;

/// <summary>
/// A copy lent to a reader. A copy has at most one open loan (ReturnedAt null): a partial unique index
/// refuses the second, so two desks scanning one book at once cannot both lend it. A child's loan names
/// the guardian it is under; reminders go to that guardian.
/// </summary>
public sealed class Loan : ICommunityOwned, ResidentAccess.IPersonal<Loan>
{
    public static Expression<Func<Loan, int?>> ResidentOf => l => l.BorrowerId;

    public const int MaxReminders = 3;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int CopyId { get; private set; }
    public int BookId { get; private set; }
    public int BorrowerId { get; private set; }
    public int? GuardianId { get; private set; }
    public DateOnly LoanedOn { get; private set; }
    public DateOnly DueOn { get; private set; }
    public int Renewals { get; private set; }
    public DateTime? ReturnedAt { get; private set; }
    public int RemindersSent { get; private set; }
    public DateTime? LastReminderAt { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private Loan() { }

    public Loan(Copy copy, int borrowerId, int? guardianId, DateOnly loanedOn, DateOnly dueOn, string recordedBy, DateTime now)
    {
        CommunityId = copy.CommunityId;
        CopyId = copy.Id;
        BookId = copy.BookId;
        BorrowerId = borrowerId;
        GuardianId = guardianId;
        LoanedOn = loanedOn;
        DueOn = dueOn;
        RecordedBy = recordedBy;
        CreatedAt = now;
    }
}

public enum HoldStatus
{
    /// <summary>Every copy is out; first come, first served.</summary>
    Waiting = 1,
    /// <summary>A returned copy is kept for this reader until <see cref="Hold.ReadyUntil"/>.</summary>
    Ready = 2,
    Fulfilled = 3,
    Cancelled = 4,
}

/// <summary>A reader waiting for a title whose copies are all out.</summary>
public sealed class Hold : ICommunityOwned, ResidentAccess.IPersonal<Hold>
{
    public static Expression<Func<Hold, int?>> ResidentOf => h => h.ResidentId;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int BookId { get; private set; }
    public int ResidentId { get; private set; }
    public HoldStatus Status { get; private set; }
    public int? CopyId { get; private set; }
    public DateOnly? ReadyUntil { get; private set; }
    public DateTime CreatedAt { get; private set; }

    private Hold() { }

    public Hold(Book book, int residentId, DateTime now)
    {
        CommunityId = book.CommunityId;
        BookId = book.Id;
        ResidentId = residentId;
        Status = HoldStatus.Waiting;
        CreatedAt = now;
    }

    public bool IsOpen => Status is HoldStatus.Waiting or HoldStatus.Ready;
}

/// <summary>A community reading room's lending rules; a community without a row lends by the defaults.</summary>
public sealed class LendingRules : ICommunityOwned, ResidentAccess.IShared
{
    public static readonly LendingRules Default = new(0);

    public int CommunityId { get; private set; }
    public int LoanDays { get; private set; } = 30;
    public int MaxRenewals { get; private set; } = 2;
    public int MaxLoans { get; private set; } = 5;
    public int HoldDays { get; private set; } = 7;
    /// <summary>Days after the due date for the first, second and third reminder, growing as Koha's overdue triggers do.</summary>
    public int FirstReminderDays { get; private set; } = 1;
    public int SecondReminderDays { get; private set; } = 7;
    public int ThirdReminderDays { get; private set; } = 21;

    private LendingRules() { }

    public LendingRules(int communityId) => CommunityId = communityId;

    public void Change(int loanDays, int maxRenewals, int maxLoans, int holdDays, int first, int second, int third)
    {
        LoanDays = loanDays;
        MaxRenewals = maxRenewals;
        MaxLoans = maxLoans;
        HoldDays = holdDays;
        FirstReminderDays = first;
        SecondReminderDays = second;
        ThirdReminderDays = third;
    }

    /// <summary>The day the next reminder is due for a loan that has had <paramref name="sent"/> reminders; null after the third.</summary>
    public DateOnly? NextReminderOn(DateOnly dueOn, int sent) => sent switch
    {
        0 => dueOn.AddDays(FirstReminderDays),
        1 => dueOn.AddDays(SecondReminderDays),
        2 => dueOn.AddDays(ThirdReminderDays),
        _ => null,
    };
}
