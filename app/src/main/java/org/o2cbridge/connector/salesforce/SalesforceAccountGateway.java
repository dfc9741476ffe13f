package org.o2cbridge.connector.salesforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.connector.RetryableCallException;
import org.o2cbridge.customer.AccountPage;
import org.o2cbridge.customer.AccountSource;
import org.o2cbridge.customer.QueryJobGoneException;
import org.o2cbridge.customer.SalesforceAccount;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

/**
 * Salesforce's Accounts for the customer initial load, through a Bulk API 2.0 query job
 * ({@link SalesforceBulkQuery}) of {@value #SOQL}. Each page of results is parsed with Commons CSV
 * straight from the response as the reader takes its records, so a page is never held whole; an
 * empty cell is a field Salesforce left empty. Salesforce's calls run with the caller's
 * transaction suspended; one that gets no answer or is throttled is tried again a few times (a
 * query job started again only costs a job; a page asked again is the same page).
 */
@ApplicationScoped
public class SalesforceAccountGateway implements AccountSource {

    static final List<String> COLUMNS = List.of("Id", "Name", "BillingStreet", "BillingCity", "BillingState",
            "BillingPostalCode", "BillingCountry", "ShippingStreet", "ShippingCity", "ShippingState",
            "ShippingPostalCode", "ShippingCountry");
    static final String SOQL = "SELECT Id, Name, BillingStreet, BillingCity, BillingState, BillingPostalCode, "
            + "BillingCountry, ShippingStreet, ShippingCity, ShippingState, ShippingPostalCode, ShippingCountry FROM Account";

    @Inject
    SalesforceBulkQuery bulk;

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Retry(maxRetries = 3, delay = 5000, jitter = 2000, retryOn = RetryableCallException.class)
    public QueryJob query() {
        SalesforceBulkQuery.Completed done = bulk.run(SOQL);
        return new QueryJob(done.id(), done.records());
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Retry(maxRetries = 3, delay = 5000, jitter = 2000, retryOn = RetryableCallException.class)
    public QueryJob job(String jobId) {
        try {
            SalesforceBulkQuery.Completed info = bulk.info(jobId);
            return new QueryJob(info.id(), info.records());
        } catch (RejectedCallException e) {
            throw goneOr(jobId, e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Retry(maxRetries = 3, delay = 5000, jitter = 2000, retryOn = RetryableCallException.class)
    public AccountPage page(String jobId, String locator, int maxRecords) {
        SalesforceBulkQuery.Page page;
        try {
            page = bulk.results(jobId, locator, maxRecords);
        } catch (RejectedCallException e) {
            throw goneOr(jobId, e);
        }
        return page(page.csv(), page.nextLocator());
    }

    /** A 404 says Salesforce no longer has the job; any other refusal stays as it is. */
    private static RuntimeException goneOr(String jobId, RejectedCallException e) {
        return Integer.valueOf(404).equals(e.httpStatus())
                ? new QueryJobGoneException("Salesforce no longer has query job " + jobId + " (" + e.getMessage() + ")") : e;
    }

    /** The accounts of one CSV page as they are read from {@code csv}, header row first. */
    static AccountPage page(InputStream csv, String nextLocator) {
        CSVParser parser;
        try {
            parser = CSVParser.parse(new InputStreamReader(csv, StandardCharsets.UTF_8),
                    CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build());
        } catch (IOException | UncheckedIOException e) {
            closeQuietly(csv);
            throw new RetryableCallException(SalesforceHttp.SYSTEM, null, "CONNECTION_FAILED",
                    "Salesforce query results could not be read: " + e.getMessage(), null, e);
        }
        Iterator<CSVRecord> records = parser.iterator();
        return new AccountPage() {
            @Override
            public String nextLocator() {
                return nextLocator;
            }

            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public SalesforceAccount next() {
                return account(records.next());
            }

            @Override
            public void close() {
                try {
                    parser.close();
                } catch (IOException e) {
                    closeQuietly(csv);
                }
            }
        };
    }

    static SalesforceAccount account(CSVRecord row) {
        return new SalesforceAccount(cell(row, "Id"), cell(row, "Name"), address(row, "Billing"), address(row, "Shipping"));
    }

    private static SalesforceAccount.Address address(CSVRecord row, String kind) {
        return new SalesforceAccount.Address(cell(row, kind + "Street"), cell(row, kind + "City"), cell(row, kind + "State"),
                cell(row, kind + "PostalCode"), cell(row, kind + "Country"));
    }

    private static String cell(CSVRecord row, String column) {
        String value = row.isMapped(column) ? row.get(column) : null;
        return value == null || value.isEmpty() ? null : value;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the connection goes anyway
        }
    }
}
