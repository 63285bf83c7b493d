package com.custodia.clients.imports;


import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import com.custodia.clients.ClientFixtures;
import com.custodia.clients.Gender;
import com.custodia.security.CurrentUser;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.Login;
import com.custodia.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Importing clients from CSV: good files, bad rows, the same file twice, and 100,000 rows in flat memory. */
@CustodiaIntegrationTest
class ClientImportIntegrationTests {

	private static final String CHINESE_HEADER = "类型,姓名,性别,出生日期,证件类型,证件号码,手机号码,金融资产,客户细分,状态";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientFixtures fixtures;

	@Autowired
	ClientImports imports;

	@Autowired
	ClientImportJob job;

	@Autowired
	JdbcTemplate jdbc;

	String rm;

	MockHttpSession session;

	@BeforeEach
	void signIn() throws Exception {
		this.rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		this.session = Login.as(this.mvc, this.rm);
	}

	@Test
	void aGoodFileWithChineseHeadersAndABomImportsEveryRow() throws Exception {
		String csv = "\uFEFF" + CHINESE_HEADER + "\r\n" + row("个人", "导入甲", "女", LocalDate.of(1981, 1, 2), "普通客户", "活跃")
				+ row("INDIVIDUAL", "Import Bee", "female", LocalDate.of(1982, 3, 4), "INDIVIDUAL_ORDINARY", "lead");
		long id = upload(csv);
		ClientImports.ImportView done = awaitDone(id);
		assertThat(done.status()).isEqualTo(ClientImports.Status.DONE);
		assertThat(done.rowsImported()).isEqualTo(2);
		assertThat(this.jdbc.queryForList("select name from clients_client where import_id = ? order by name", String.class, id))
			.containsExactlyInAnyOrder("导入甲", "Import Bee");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'CLIENT_CREATED' and detail = ?",
				Long.class, "import " + id)).isEqualTo(2);
		assertThat(page("/clients?q=导入甲")).contains("导入甲");
		assertThat(this.jdbc.queryForObject("select changes::text from audit_event where action = 'CLIENT_IMPORTED' "
				+ "and target_id = ?", String.class, String.valueOf(id))).contains("\"imported\"");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'CLIENT_IMPORT_STARTED' "
				+ "and target_id = ?", Long.class, String.valueOf(id))).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select octet_length(content) from clients_import where id = ?", Integer.class, id))
			.isZero();
	}

	@Test
	void anImportThatFailsWhileInsertingAddsNothing() throws Exception {
		// A trigger stands in for anything that can go wrong in the database half-way through the insert.
		this.jdbc.execute("""
				create or replace function test_refuse_boom() returns trigger language plpgsql as $$
				begin if new.name = '爆炸' then raise exception 'boom'; end if; return new; end $$""");
		this.jdbc.execute("create trigger test_refuse_boom before insert on clients_client for each row execute function test_refuse_boom()");
		try {
			StringBuilder csv = new StringBuilder(CHINESE_HEADER).append('\n');
			for (int i = 0; i < 1200; i++) {
				csv.append(row("个人", (i == 1100) ? "爆炸" : "全有全无" + i, "女", LocalDate.of(1960, 1, 1).plusDays(i), "普通客户", "活跃"));
			}
			long id = upload(csv.toString());
			ClientImports.ImportView done = awaitDone(id);
			assertThat(done.status()).isEqualTo(ClientImports.Status.FAILED);
			assertThat(done.rowsImported()).isZero();
			assertThat(this.jdbc.queryForObject("select count(*) from clients_client where import_id = ?", Long.class, id)).isZero();
			assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'CLIENT_CREATED' and detail = ?",
					Long.class, "import " + id)).isZero();
			assertThat(page("/clients/import/" + id + "?lang=en")).contains("no client from this file was added");
		}
		finally {
			this.jdbc.execute("drop trigger test_refuse_boom on clients_client");
		}
	}

	@Test
	void anImportIsSeenOnlyByWhoeverStartedIt() throws Exception {
		long id = upload(CHINESE_HEADER + "\n" + row("个人", "别人的导入", "女", LocalDate.of(1966, 6, 6), "普通客户", "活跃"));
		awaitDone(id);
		MockHttpSession other = Login.as(this.mvc, this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team()));
		for (String url : java.util.List.of("/clients/import/" + id, "/clients/import/" + id + "/progress",
				"/clients/import/" + id + "/rejections.csv")) {
			this.mvc.perform(get(url).session(other)).andExpect(status().isNotFound());
		}
	}

	@Test
	void badRowsAreReportedWithTheirReasonsAndTheValidRowsStillGoIn() throws Exception {
		LocalDate born = LocalDate.of(1979, 9, 9);
		String good = ClientFixtures.residentId(born, Gender.FEMALE);
		String wrongDigit = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
		String csv = "kind,name,gender,birth_date,id_type,id_number,mobile_phone,segment\n"
				+ "individual,好行,female,1979-09-09,resident_id," + good + ",13811112222,INDIVIDUAL_ORDINARY\n"
				+ "individual,坏校验,female,1979-09-09,resident_id," + wrongDigit + ",13811112222,INDIVIDUAL_ORDINARY\n"
				+ "individual,,robot,2999-01-01,resident_id," + ClientFixtures.residentId(born, Gender.FEMALE) + ",123,INDIVIDUAL_ORDINARY\n"
				+ "individual,重复行,female,1979-09-09,resident_id," + good + ",13811112222,INDIVIDUAL_ORDINARY\n";
		long id = upload(csv);
		ClientImports.ImportView done = awaitDone(id);
		assertThat(done.rowsImported()).isEqualTo(1);
		assertThat(done.rowsRejected()).isEqualTo(3);
		String report = page("/clients/import/" + id + "?lang=en");
		assertThat(report).contains("This ID number fails its check digit").contains("Name: Please fill this in")
			.contains("&#39;robot&#39; is not one of the values allowed here").contains("Enter an 11-digit mainland mobile number")
			.contains("The same client appears earlier in this file, in row 2");
		MvcResult download = this.mvc.perform(get("/clients/import/" + id + "/rejections.csv").param("lang", "zh-CN")
			.session(this.session)).andReturn();
		this.mvc.perform(asyncDispatch(download)).andExpect(status().isOk());
		String text = new String(download.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF行号,原因").contains("坏校验").contains("该身份证号码校验位不正确");
		assertThat(text.lines().count()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void importingTheSameFileTwiceAddsNoClientTwice() throws Exception {
		String csv = CHINESE_HEADER + "\n" + row("个人", "两次甲", "男", LocalDate.of(1970, 6, 1), "普通客户", "活跃")
				+ row("个人", "两次乙", "男", LocalDate.of(1971, 6, 1), "普通客户", "活跃");
		ClientImports.ImportView first = awaitDone(upload(csv));
		ClientImports.ImportView second = awaitDone(upload(csv));
		assertThat(first.rowsImported()).isEqualTo(2);
		assertThat(second.rowsImported()).isZero();
		assertThat(second.rowsExisting()).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select count(*) from clients_client where name in ('两次甲', '两次乙')", Long.class))
			.isEqualTo(2);
		assertThat(page("/clients/import/" + second.id() + "?lang=en")).contains("Already on file (skipped)");
	}

	@Test
	void aFileThatIsNotAClientListIsRefusedWithAClearMessage() throws Exception {
		long id = upload("foo,bar\n1,2\n");
		assertThat(awaitDone(id).status()).isEqualTo(ClientImports.Status.FAILED);
		assertThat(page("/clients/import/" + id + "?lang=en")).contains("columns Custodia does not know: foo, bar");
		String refused = this.mvc.perform(multipart("/clients/import").file("file", new byte[0]).with(csrf())
			.param("lang", "en").session(this.session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("Choose a CSV file to import");
	}

	@Test
	void aHundredThousandRowsImportInOneGoWithFlatMemory() throws Exception {
		StringBuilder csv = new StringBuilder(CHINESE_HEADER).append('\n');
		LocalDate first = LocalDate.of(1950, 1, 1);
		for (int i = 0; i < ClientImports.MAX_ROWS; i++) {
			csv.append(row("个人", "批量" + i, (i % 2 == 0) ? "女" : "男", first.plusDays(i % 18000), "普通客户", "活跃"));
		}
		byte[] content = csv.toString().getBytes(StandardCharsets.UTF_8);
		csv.setLength(0);
		CurrentUser user = this.fixtures.user(this.rm);
		long id = this.imports.start(user, "hundred-thousand.csv", content);
		content = null;
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long baseline = memory.getHeapMemoryUsage().getUsed();
		AtomicLong peak = new AtomicLong();
		Thread sampler = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				System.gc();
				peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed() - baseline, Math::max);
				try {
					Thread.sleep(250);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		sampler.setDaemon(true);
		sampler.start();
		long started = System.nanoTime();
		this.job.run(id, user);
		sampler.interrupt();
		sampler.join();
		ClientImports.ImportView done = this.imports.get(user, id);
		System.out.printf("100,000-row import: %d s, peak retained heap above baseline %d MB%n",
				(System.nanoTime() - started) / 1_000_000_000, peak.get() / (1024 * 1024));
		assertThat(done.status()).isEqualTo(ClientImports.Status.DONE);
		assertThat(done.rowsImported()).isEqualTo(ClientImports.MAX_ROWS);
		assertThat(this.jdbc.queryForObject("select count(*) from clients_client where import_id = ?", Long.class, id))
			.isEqualTo(ClientImports.MAX_ROWS);
		assertThat(done.rowsRejected()).isZero();
		assertThat(peak.get()).as("retained heap while importing").isLessThan(96L * 1024 * 1024);
	}

	private static String row(String kind, String name, String gender, LocalDate born, String segment, String status) {
		Gender g = (gender.equals("男") || gender.equalsIgnoreCase("male")) ? Gender.MALE : Gender.FEMALE;
		return String.join(",", kind, name, gender, born.toString(), "居民身份证", ClientFixtures.residentId(born, g),
				"13800138000", "\"1,000,000\"", segment, status) + "\n";
	}

	private long upload(String csv) throws Exception {
		String location = this.mvc.perform(multipart("/clients/import")
			.file("file", csv.getBytes(StandardCharsets.UTF_8)).with(csrf()).session(this.session))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private ClientImports.ImportView awaitDone(long id) throws InterruptedException {
		CurrentUser user = this.fixtures.user(this.rm);
		for (int i = 0; i < 600; i++) {
			ClientImports.ImportView view = this.imports.get(user, id);
			if (!view.status().isRunning()) {
				return view;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("Import " + id + " did not finish within a minute");
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url).session(this.session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
