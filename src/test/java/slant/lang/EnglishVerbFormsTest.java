package slant.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishVerbFormsTest {

  @Test
  void regularFormsDropFinalEAndDoubleShortStems() {
    assertEquals(List.of("begs", "begged", "begging"), EnglishVerbForms.forms("beg"));
    assertEquals(List.of("deceives", "deceived", "deceiving"), EnglishVerbForms.forms("deceive"));
    assertEquals(List.of("bullies", "bullied", "bullying"), EnglishVerbForms.forms("bully"));
  }
}
