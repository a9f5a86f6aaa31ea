using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.ReadingRoom;

public static class ReadingRoomData
{
    public static void ConfigureReadingRoom(this ModelBuilder builder)
    {
        builder.Entity<Book>(e =>
        {
            e.ToTable("reading_books");
            e.Property(b => b.Title).HasMaxLength(200);
            e.Property(b => b.Author).HasMaxLength(100);
            e.Property(b => b.Isbn).HasMaxLength(13);
            e.Property(b => b.Category).HasMaxLength(30);
            e.Property(b => b.AgeBand).HasConversion<string>().HasMaxLength(20);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(b => b.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(b => new { b.CommunityId, b.Title });
            e.HasIndex(b => new { b.CommunityId, b.Isbn });
        });
        builder.Entity<Copy>(e =>
        {
            e.ToTable("reading_copies");
            e.Property(c => c.Barcode).HasMaxLength(30);
            e.HasOne<Book>().WithMany().HasForeignKey(c => c.BookId).OnDelete(DeleteBehavior.Cascade);
            // A barcode names one copy in a community's reading room.
            e.HasIndex(c => new { c.CommunityId, c.Barcode }).IsUnique();
            e.HasIndex(c => c.BookId);
        });
        builder.Entity<Loan>(e =>
        {
            e.ToTable("reading_loans");
            e.Property(l => l.RecordedBy).HasMaxLength(100);
            e.HasOne<Copy>().WithMany().HasForeignKey(l => l.CopyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Resident>().WithMany().HasForeignKey(l => l.BorrowerId).OnDelete(DeleteBehavior.Restrict);
            // One open loan per copy, decided by the database.
            e.HasIndex(l => l.CopyId).IsUnique().HasFilter("\"ReturnedAt\" IS NULL").HasDatabaseName("IX_reading_loans_open_copy");
            e.HasIndex(l => new { l.CommunityId, l.ReturnedAt, l.DueOn });
            e.HasIndex(l => new { l.BorrowerId, l.ReturnedAt });
            e.HasIndex(l => new { l.CommunityId, l.LoanedOn });
            e.ToTable(t => t.HasCheckConstraint("CK_reading_loans_reminders", "\"RemindersSent\" BETWEEN 0 AND 3"));
        });
        builder.Entity<Hold>(e =>
        {
            e.ToTable("reading_holds");
            e.Property(h => h.Status).HasConversion<string>().HasMaxLength(20);
            e.HasOne<Book>().WithMany().HasForeignKey(h => h.BookId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Resident>().WithMany().HasForeignKey(h => h.ResidentId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(h => new { h.BookId, h.Status, h.Id });
            e.HasIndex(h => new { h.ResidentId, h.Status });
        });
        builder.Entity<LendingRules>(e =>
        {
            e.ToTable("reading_rules");
            e.HasKey(r => r.CommunityId);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(r => r.CommunityId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
