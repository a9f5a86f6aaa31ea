using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.ReadingRoom;

/// <summary>Who a book is for, as the reading corner shelves it.</summary>
public enum AgeBand
{
    Toddler = 1,   // 0–3
    Preschool = 2, // 3–6
    Child = 3,     // 6–12
    Teen = 4,      // 12–18
    Adult = 5,
}

/// <summary>A title in a community reading room's catalogue; the copies on the shelf carry barcodes.</summary>
public sealed class Book : ICommunityOwned, ResidentAccess.IShared
{
    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public string Title { get; private set; } = "";
    public string? Author { get; private set; }
    public string? Isbn { get; private set; }
    public string? Category { get; private set; }
    public AgeBand AgeBand { get; private set; }
    public DateTime CreatedAt { get; private set; }

    private Book() { }

    public Book(int communityId, string title, string? author, string? isbn, string? category, AgeBand ageBand, DateTime now)
    {
        CommunityId = communityId;
        Title = title;
        Author = author;
        Isbn = isbn;
        Category = category;
        AgeBand = ageBand;
        CreatedAt = now;
    }
}

/// <summary>One physical copy. Whether it is out is answered by its open loan, never by a flag kept beside it.</summary>
public sealed class Copy : ICommunityOwned, ResidentAccess.IShared
{
    public int Id { get; private set; }
    public int BookId { get; private set; }
    public int CommunityId { get; private set; }
    public string Barcode { get; private set; } = "";
    public bool Withdrawn { get; private set; }
    public DateTime CreatedAt { get; private set; }

    private Copy() { }

    public Copy(Book book, string barcode, DateTime now)
    {
        BookId = book.Id;
        CommunityId = book.CommunityId;
        Barcode = barcode;
        CreatedAt = now;
    }

    public void Withdraw() => Withdrawn = true;
}
