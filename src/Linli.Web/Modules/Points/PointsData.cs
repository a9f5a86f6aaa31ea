using Linli.Web.Modules.Points.Earning;
using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Points;

public static class PointsData
{
    public static void ConfigurePoints(this ModelBuilder builder)
    {
        builder.Entity<PointsAccount>(e =>
        {
            e.ToTable("points_accounts");
            e.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(a => a.Key).HasMaxLength(40);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(a => a.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Resident>().WithMany().HasForeignKey(a => a.ResidentId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(a => new { a.CommunityId, a.Key }).IsUnique();
            e.HasIndex(a => a.ResidentId);
            // The database, not a check in memory, refuses a resident's balance below zero.
            e.ToTable(t => t.HasCheckConstraint("CK_points_accounts_balance", "\"Kind\" <> 'Resident' OR \"Balance\" >= 0"));
        });
        builder.Entity<PointsTransaction>(e =>
        {
            e.ToTable("points_transactions");
            e.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(t => t.Reason).HasMaxLength(200);
            e.Property(t => t.Source).HasMaxLength(60);
            e.Property(t => t.IdempotencyKey).HasMaxLength(PointsTransaction.MaxKey);
            e.Property(t => t.CreatedBy).HasMaxLength(100);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(t => t.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<PointsTransaction>().WithMany().HasForeignKey(t => t.ReversesId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(t => t.Entries).WithOne().HasForeignKey(x => x.TransactionId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(t => new { t.CommunityId, t.IdempotencyKey }).IsUnique();
            // A transaction is reversed at most once.
            e.HasIndex(t => t.ReversesId).IsUnique();
            e.HasIndex(t => new { t.CommunityId, t.CreatedAt });
            e.ToTable(t => t.HasCheckConstraint("CK_points_transactions_points", "\"Points\" > 0"));
        });
        builder.Entity<LedgerEntry>(e =>
        {
            e.ToTable("points_entries");
            e.HasOne<PointsAccount>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Restrict);
            // A resident's history and a community's monthly statement read entries by account and time.
            e.HasIndex(x => new { x.AccountId, x.At });
            e.HasIndex(x => new { x.AccountId, x.Period, x.Amount }).HasDatabaseName("IX_points_entries_statement");
        });
        builder.Entity<CatalogItem>(e =>
        {
            e.ToTable("points_catalog");
            e.Property(i => i.Name).HasMaxLength(100);
            e.Property(i => i.Donor).HasMaxLength(100);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(i => i.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(i => new { i.CommunityId, i.Active });
            e.ToTable(t =>
            {
                t.HasCheckConstraint("CK_points_catalog_stock", "\"Stock\" >= 0");
                t.HasCheckConstraint("CK_points_catalog_cost", "\"PointsCost\" > 0");
            });
        });
        builder.Entity<Redemption>(e =>
        {
            e.ToTable("points_redemptions");
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.PickedUpBy).HasMaxLength(100);
            e.HasOne<CatalogItem>().WithMany().HasForeignKey(r => r.CatalogItemId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Resident>().WithMany().HasForeignKey(r => r.ResidentId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<PointsTransaction>().WithOne().HasForeignKey<Redemption>(r => r.TransactionId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(r => new { r.CommunityId, r.Status, r.Id });
            e.HasIndex(r => new { r.ResidentId, r.Id });
        });
        builder.Entity<EarningRule>(e =>
        {
            e.ToTable("points_rules");
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Deed).HasMaxLength(EarningRule.MaxText);
            e.Property(x => x.Reward).HasMaxLength(EarningRule.MaxText);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(x => x.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.CommunityId, x.Active });
        });
        builder.Entity<Deed>(e =>
        {
            e.ToTable("points_deeds");
            e.Property(x => x.Name).HasMaxLength(EarningRule.MaxText);
            e.Property(x => x.IdempotencyKey).HasMaxLength(PointsTransaction.MaxKey);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
            e.HasOne<Resident>().WithMany().HasForeignKey(x => x.ResidentId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.CommunityId, x.IdempotencyKey }).IsUnique();
            // A weekly threshold counts one resident's deeds of one kind in one week.
            e.HasIndex(x => new { x.CommunityId, x.ResidentId, x.WeekOf, x.Name });
            e.HasIndex(x => new { x.CommunityId, x.WeekOf });
            e.ToTable(t => t.HasCheckConstraint("CK_points_deeds_quantity", "\"Quantity\" >= 1"));
        });
        builder.Entity<ThresholdReward>(e =>
        {
            e.ToTable("points_threshold_rewards");
            e.Property(x => x.Reward).HasMaxLength(EarningRule.MaxText);
            e.Property(x => x.HandedOutBy).HasMaxLength(100);
            e.HasOne<EarningRule>().WithMany().HasForeignKey(x => x.RuleId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Resident>().WithMany().HasForeignKey(x => x.ResidentId).OnDelete(DeleteBehavior.Restrict);
            // Once per rule, resident and week, whoever grants it first.
            e.HasIndex(x => new { x.RuleId, x.ResidentId, x.WeekOf }).IsUnique();
            e.HasIndex(x => new { x.CommunityId, x.HandedOutAt });
        });
        builder.Entity<ItemSwap>(e =>
        {
            e.ToTable("points_item_swaps");
            e.Property(x => x.Given).HasMaxLength(EarningRule.MaxText);
            e.Property(x => x.Received).HasMaxLength(EarningRule.MaxText);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(x => x.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Resident>().WithMany().HasForeignKey(x => x.ResidentId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.CommunityId, x.At });
        });
    }
}
